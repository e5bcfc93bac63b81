Console.Error.WriteLine("policy-advisor: not wired yet");
return 1;
