using System;
using System.Collections.Generic;
using System.Globalization;
using PaperGen.Generator.Model;
using PaperGen.Generator.Planning;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Writes the C# 7.3 expression that creates a paper carrying fields the 13-parameter <c>Paper</c>
    /// constructor has no parameter for (authors, AI summary, dates, …):
    /// <c>new Paper(new PaperValues { Identifier = …, Title = Titles.X, … })</c>, an object initializer
    /// every C# version compiles. Papers without such fields keep the constructor call, so generated code
    /// that does not need the newer runtime does not depend on it.
    /// </summary>
    internal static class PaperValuesExpression
    {
        private const string PaperType = "global::PaperGen.Paper";
        private const string ValuesType = "global::PaperGen.PaperValues";

        /// <summary>Whether <paramref name="paper"/> has a field only <c>PaperValues</c> can carry.</summary>
        public static bool IsNeeded(PaperModel paper)
        {
            var meta = paper.Metadata;
            return meta.Authors.Count > 0 || meta.AiSummary is not null || meta.Comments is not null
                || IsoInstant.Parse(meta.PublishedAt) is not null || IsoInstant.Parse(meta.SubmittedAt) is not null
                || meta.SubmittedBy is not null || meta.Keywords.Count > 0 || meta.GitHubStars is not null || meta.ProjectUrl is not null
                || paper.ListingDates.Count > 0;
        }

        /// <summary>The expression; <paramref name="fileLiteral"/> is the dump's file name as a C# literal.</summary>
        public static string Write(PaperModel paper, string fileLiteral)
        {
            var meta = paper.Metadata;
            var members = new List<string>
            {
                "Identifier = " + CSharpLiteral.String(paper.Identifier),
                "Title = Titles." + paper.Identifier,
                "Abstract = " + CSharpLiteral.String(paper.Abstract),
                "SourceFile = " + fileLiteral,
                "SourceLine = " + Int(paper.TitleLine),
            };

            Add(members, "ShortName", paper.ShortName);
            Add(members, "Links", paper.Links);
            Add(members, "ArxivId", meta.ArxivId);
            Add(members, "AuthorCount", meta.AuthorCount);
            Add(members, "Authors", meta.Authors);
            Add(members, "Organization", meta.Organization);
            Add(members, "Date", meta.Date);
            Add(members, "Upvotes", meta.Upvotes);
            Add(members, "CodeUrl", meta.CodeUrl);
            Add(members, "AiSummary", meta.AiSummary);
            Add(members, "Comments", meta.Comments);
            Add(members, "PublishedAt", IsoInstant.Parse(meta.PublishedAt));
            Add(members, "SubmittedAt", IsoInstant.Parse(meta.SubmittedAt));
            Add(members, "SubmittedBy", meta.SubmittedBy);
            Add(members, "Keywords", meta.Keywords);
            Add(members, "GitHubStars", meta.GitHubStars);
            Add(members, "ProjectUrl", meta.ProjectUrl);
            Add(members, "ListingDates", paper.ListingDates);
            return "new " + PaperType + "(new " + ValuesType + " { " + string.Join(", ", members) + " })";
        }

        private static void Add(List<string> members, string name, string? value)
        {
            if (value is not null)
            {
                members.Add(name + " = " + CSharpLiteral.String(value));
            }
        }

        private static void Add(List<string> members, string name, int? value)
        {
            if (value is not null)
            {
                members.Add(name + " = " + Int(value.Value));
            }
        }

        private static void Add(List<string> members, string name, EquatableArray<string> values)
        {
            if (values.Count > 0)
            {
                var items = new List<string>(values.Count);
                foreach (var value in values)
                {
                    items.Add(CSharpLiteral.String(value));
                }

                members.Add(name + " = new string[] { " + string.Join(", ", items) + " }");
            }
        }

        // Built from its parts, not parsed from text: generated code reads no dates at run time.
        private static void Add(List<string> members, string name, DateTimeOffset? value)
        {
            if (value is not { } instant)
            {
                return;
            }

            var ticks = instant.Ticks % TimeSpan.TicksPerMillisecond;
            members.Add(name + " = new global::System.DateTimeOffset("
                + Int(instant.Year) + ", " + Int(instant.Month) + ", " + Int(instant.Day) + ", "
                + Int(instant.Hour) + ", " + Int(instant.Minute) + ", " + Int(instant.Second) + ", " + Int(instant.Millisecond) + ", "
                + "global::System.TimeSpan.FromMinutes(" + Int((int)instant.Offset.TotalMinutes) + "))"
                + (ticks == 0 ? string.Empty : ".AddTicks(" + ticks.ToString(CultureInfo.InvariantCulture) + ")"));
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
