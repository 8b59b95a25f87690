System.Console.WriteLine(InterpPapers.Count);
