;;; Miss Manners for CLIPS 6.30: the same rules, clause for clause, as the NRules fluent rules in
;;; bench/PolicyAdvisor.Benchmarks/Manners/Rules/, so both engines do the same matching work.
;;; The search extends only the newest live seating and marks a seating dead when nothing extends it,
;;; which makes the search order independent of either engine's conflict strategy.
;;; The guest data (a deffacts) is appended by manners.sh; the driver at the end times reset + run.

(deftemplate guest (slot name) (slot sex) (slot hobby))
(deftemplate last_seat (slot seat))
(deftemplate count (slot c))
(deftemplate context (slot state))
(deftemplate seating (slot id) (slot pid) (slot seat1) (slot name1) (slot name2) (slot seat2)
  (slot path_done) (slot dead))
(deftemplate path (slot id) (slot name) (slot seat))
(deftemplate chosen (slot id) (slot name) (slot hobby))

(defrule assign_first_seat
  ?ctx <- (context (state start))
  (guest (name ?n))
  ?cnt <- (count (c ?c))
  =>
  (assert (seating (id ?c) (pid 0) (seat1 1) (name1 ?n) (name2 ?n) (seat2 1) (path_done yes) (dead no)))
  (assert (path (id ?c) (name ?n) (seat 1)))
  (modify ?cnt (c (+ ?c 1)))
  (modify ?ctx (state assign_seats)))

(defrule find_seating (declare (salience 1))
  ?ctx <- (context (state assign_seats))
  (seating (id ?id) (seat2 ?s2) (name2 ?n2) (path_done yes) (dead no))
  (not (seating (id ?newer&:(> ?newer ?id)) (dead no)))
  (guest (name ?n2) (sex ?s1) (hobby ?h1))
  (guest (name ?g2) (sex ~?s1) (hobby ?h1))
  ?cnt <- (count (c ?c))
  (not (path (id ?id) (name ?g2)))
  (not (chosen (id ?id) (name ?g2) (hobby ?h1)))
  =>
  (assert (seating (id ?c) (pid ?id) (seat1 ?s2) (name1 ?n2) (name2 ?g2) (seat2 (+ ?s2 1))
            (path_done no) (dead no)))
  (assert (path (id ?c) (name ?g2) (seat (+ ?s2 1))))
  (assert (chosen (id ?id) (name ?g2) (hobby ?h1)))
  (modify ?cnt (c (+ ?c 1)))
  (modify ?ctx (state make_path)))

(defrule backtrack (declare (salience 0))
  (context (state assign_seats))
  ?s <- (seating (id ?id) (path_done yes) (dead no))
  (not (seating (id ?newer&:(> ?newer ?id)) (dead no)))
  =>
  (modify ?s (dead yes)))

(defrule make_path (declare (salience 1))
  (context (state make_path))
  (seating (id ?id) (pid ?pid) (path_done no))
  (path (id ?pid) (name ?n1) (seat ?s))
  (not (path (id ?id) (name ?n1)))
  =>
  (assert (path (id ?id) (name ?n1) (seat ?s))))

(defrule path_done (declare (salience 0))
  ?ctx <- (context (state make_path))
  ?s <- (seating (path_done no))
  =>
  (modify ?s (path_done yes))
  (modify ?ctx (state check_done)))

(defrule are_we_done (declare (salience 1))
  ?ctx <- (context (state check_done))
  (last_seat (seat ?l))
  (seating (seat2 ?l) (dead no))
  =>
  (modify ?ctx (state print_results)))

(defrule continue (declare (salience 0))
  ?ctx <- (context (state check_done))
  =>
  (modify ?ctx (state assign_seats)))

(defrule print_results (declare (salience 1))
  (context (state print_results))
  (last_seat (seat ?l))
  (seating (id ?id) (seat2 ?l) (dead no))
  ?p <- (path (id ?id) (name ?n) (seat ?s))
  =>
  (printout t "SEAT " ?s " " ?n crlf)
  (retract ?p))

(defrule all_done (declare (salience 0))
  (context (state print_results))
  =>
  (halt))
