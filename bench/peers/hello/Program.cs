// Whole-process baseline for bench/timings.sh: runtime start-up and one line of output, nothing else.
Console.WriteLine("hello");
