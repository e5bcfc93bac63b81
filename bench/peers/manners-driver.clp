;;; Appended after the rules and the data: times reset (asserting the guests) plus run, as our runner
;;; times session creation plus insert plus fire.
(deffunction manners-main ()
  (bind ?t0 (time))
  (reset)
  (run)
  (printout t "ELAPSED_MS " (* 1000.0 (- (time) ?t0)) crlf))
(manners-main)
(exit)
