using System;
using System.Collections.Generic;
using PaperGen.Generator.Model;
using PaperGen.Generator.Planning;
using static PaperGen.Generator.Emit.GeneratedNames;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Writes the data holder of <see cref="DataLayout.Literals"/>: papers as <c>new Paper(…)</c> calls with
    /// ordinary string literals, in factory methods of <see cref="PapersPerMethod"/> papers each, never one
    /// giant initializer (a 10,000-element initializer has overflowed the compiler's stack: roslyn#48790).
    /// C# 7.3 compiles it, which is why the optional fields are named arguments rather than an initializer.
    /// </summary>
    internal static class LiteralDataEmitter
    {
        public const int PapersPerMethod = 250;

        public static void Write(SourceWriter w, EmitPlan plan, FileRange range)
        {
            var model = plan.Model;
            if (range.IsMain)
            {
                w.Line("internal static readonly " + CatalogType + " " + CatalogField + " = new " + CatalogType + "(CreatePapers(), "
                    + CSharpLiteral.String(model.FileName) + ", " + CSharpLiteral.String(model.ListingDate) + ");");
                w.Line();
                w.Open("private static " + PaperType + "[] CreatePapers()");
                w.Line("var papers = new " + PaperType + "[" + CSharpLiteral.Int(model.Papers.Count) + "];");
                for (var file = 0; file < plan.FileCount; file++)
                {
                    var methods = MethodCount(plan, file);
                    for (var m = 0; m < methods; m++)
                    {
                        w.Line("Create" + CSharpLiteral.Int(FirstMethod(plan, file) + m) + "(papers);");
                    }
                }

                w.Line("return papers;");
                w.Close();
            }

            var fileLiteral = CSharpLiteral.String(model.FileName);
            for (var m = 0; m < MethodCount(plan, range.File); m++)
            {
                if (m > 0 || range.IsMain)
                {
                    w.Line();
                }

                w.Open("private static void Create" + CSharpLiteral.Int(FirstMethod(plan, range.File) + m) + "(" + PaperType + "[] papers)");
                var start = range.First + (m * PapersPerMethod);
                var stop = Math.Min(range.End, start + PapersPerMethod);
                for (var i = start; i < stop; i++)
                {
                    w.Line("papers[" + CSharpLiteral.Int(i) + "] = " + NewPaper(model.Papers[i], fileLiteral) + ";");
                }

                w.Close();
            }
        }

        // Methods never span files, and each file numbers its own from file * MethodsPerFile on, so the names
        // stay unique whatever the file size: Create0, Create1 … with the default 2,000 papers a file.
        private static int FirstMethod(EmitPlan plan, int file) => file * Divide(plan.PapersPerFile, PapersPerMethod);

        private static int MethodCount(EmitPlan plan, int file)
        {
            var first = file * plan.PapersPerFile;
            return Divide(Math.Min(plan.Model.Papers.Count, first + plan.PapersPerFile) - first, PapersPerMethod);
        }

        private static int Divide(int count, int size) => (count + size - 1) / size;

        // The Paper fields, as constructor arguments: a new field is one more AddNamed line here, and a tag in
        // the compiled layout (see ARCHITECTURE.md, "Adding a Paper field").
        private static string NewPaper(PaperModel paper, string fileLiteral)
        {
            if (paper.SourceFile is not null)
            {
                fileLiteral = CSharpLiteral.String(paper.SourceFile);
            }

            if (PaperValuesExpression.IsNeeded(paper))
            {
                return PaperValuesExpression.Write(paper, fileLiteral);
            }

            var args = new List<string>
            {
                CSharpLiteral.String(paper.Identifier),
                "Titles." + paper.Identifier,
                CSharpLiteral.String(paper.Abstract),
                fileLiteral,
                CSharpLiteral.Int(paper.TitleLine),
            };

            if (paper.ShortName is not null)
            {
                args.Add("shortName: " + CSharpLiteral.String(paper.ShortName));
            }

            if (paper.Links.Count > 0)
            {
                var links = new List<string>();
                foreach (var link in paper.Links)
                {
                    links.Add(CSharpLiteral.String(link));
                }

                args.Add("links: new string[] { " + string.Join(", ", links) + " }");
            }

            var meta = paper.Metadata;
            AddNamed(args, "arxivId", meta.ArxivId);
            AddNamed(args, "authorCount", meta.AuthorCount);
            AddNamed(args, "organization", meta.Organization);
            AddNamed(args, "date", meta.Date);
            AddNamed(args, "upvotes", meta.Upvotes);
            AddNamed(args, "codeUrl", meta.CodeUrl);
            return "new " + PaperType + "(" + string.Join(", ", args) + ")";
        }

        private static void AddNamed(List<string> args, string name, string? value)
        {
            if (value is not null)
            {
                args.Add(name + ": " + CSharpLiteral.String(value));
            }
        }

        private static void AddNamed(List<string> args, string name, int? value)
        {
            if (value is not null)
            {
                args.Add(name + ": " + CSharpLiteral.Int(value.Value));
            }
        }
    }
}
