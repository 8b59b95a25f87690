using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace PaperGen.Tests.Properties
{
    /// <summary>A random damage to a dump's text, as saving, pasting or editing by hand can do.</summary>
    internal sealed record Mutation(Mutation.Kinds Kind, double At, double To, string Text)
    {
        public enum Kinds
        {
            Insert,
            Truncate,
            SwapLines,
            DuplicateLine,
            DeleteLine,
        }

        public static readonly Gen<Mutation> Any = Gen.Select(
            Gen.Enum<Kinds>(),
            Gen.Double[0, 1],
            Gen.Double[0, 1],
            Gen.Frequency(
                (4, Gen.OneOf(Grammar.MutationInserts)),
                (1, Gen.Char.Array[1, 8].Select(chars => new string(chars)))),
            (kind, at, to, text) => new Mutation(kind, at, to, text));

        public string Apply(string dump)
        {
            switch (Kind)
            {
                case Kinds.Insert:
                    return dump.Insert(Index(dump.Length + 1, At), Text);
                case Kinds.Truncate:
                    return dump.Substring(0, Index(dump.Length + 1, At));
            }

            var lines = dump.Split('\n').ToList();
            var i = Index(lines.Count, At);
            var j = Index(lines.Count, To);
            switch (Kind)
            {
                case Kinds.SwapLines:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case Kinds.DuplicateLine:
                    lines.Insert(j, lines[i]);
                    break;
                case Kinds.DeleteLine:
                    lines.RemoveAt(i);
                    break;
            }

            return string.Join("\n", lines);
        }

        public static string ApplyAll(string dump, IEnumerable<Mutation> mutations)
            => mutations.Aggregate(dump, (text, mutation) => mutation.Apply(text));

        private static int Index(int count, double fraction) => Math.Min(count - 1, (int)(fraction * count));
    }
}
