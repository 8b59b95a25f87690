using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator;
using Xunit;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>Checks on the incremental pipeline: what re-ran, and what its steps hold.</summary>
    internal static class Incrementality
    {
        public static readonly string[] TrackedSteps =
        {
            TrackingNames.DumpFiles, TrackingNames.Models, TrackingNames.Language, TrackingNames.Diagnostics,
            TrackingNames.DumpsToEmit, TrackingNames.EmitPlans, TrackingNames.ClassNames, TrackingNames.DuplicateClasses,
            TrackingNames.Classes, TrackingNames.MergeDiagnostics,
        };

        // Roslyn reference types a step may hold: the compiler's own handle on an input file. Every other
        // Roslyn class is banned, because any of them may reach a compilation (a Location its tree, a tree
        // its text, a symbol its compilation); Roslyn structs are walked like our own values.
        private static readonly Type[] AllowedRoslynClasses = { typeof(AdditionalText) };

        private static readonly Type[] BannedTypes =
        {
            typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
            typeof(Location), typeof(IOperation), typeof(Diagnostic), typeof(SourceText),
        };

        public static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result)
            => result.TrackedSteps
                .Where(step => TrackedSteps.Contains(step.Key))
                .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(o => (step.Key, o.Reason))));

        /// <summary>
        /// The run reasons of every tracked step's outputs, one entry per step that ran, reasons sorted so a
        /// scenario reads as a table: <c>Models: Cached, Modified</c>.
        /// </summary>
        public static SortedDictionary<string, string> Reasons(GeneratorRunResult result)
            => new(Outputs(result)
                .GroupBy(o => o.Step)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(o => o.Reason.ToString()).OrderBy(r => r, StringComparer.Ordinal))),
                StringComparer.Ordinal);

        /// <summary>Fails unless every tracked step reports exactly the reasons in <paramref name="expected"/>.</summary>
        public static void AssertReasons(GeneratorRunResult result, IReadOnlyDictionary<string, string> expected)
        {
            var want = string.Join("\n", expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ": " + e.Value));
            var got = string.Join("\n", Reasons(result).Select(e => e.Key + ": " + e.Value));
            Assert.True(want == got, "expected run reasons:\n" + want + "\n\nactual:\n" + got);
        }

        public static void AssertAllCached(GeneratorRunResult result)
        {
            var outputs = Outputs(result).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {o.Step} ran again ({o.Reason})"));
        }

        /// <summary>
        /// Runs the driver again on a copy of the same compilation (as an IDE does after an edit elsewhere):
        /// no tracked step may run again, nothing may be held that pins the new compilation, and the
        /// generated files must be the same.
        /// </summary>
        public static void AssertCachedOnRerun(GeneratorRun run)
        {
            var again = run.Driver.RunGenerators(run.Input.Clone()).GetRunResult().Results.Single();
            AssertAllCached(again);
            AssertNoRoslynObjectsInOutputs(again);
            Assert.Equal(
                run.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
                again.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        }

        /// <summary>
        /// Compilations, symbols, syntax, semantic models, locations and anything else of Roslyn's that can
        /// reach a compilation, in a step's output, defeat caching and keep whole compilations in memory.
        /// </summary>
        public static void AssertNoRoslynObjectsInOutputs(GeneratorRunResult result)
        {
            foreach (var step in result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
            {
                foreach (var output in step.Value.SelectMany(run => run.Outputs))
                {
                    AssertHoldsNoRoslynObjects(output.Value, step.Key);
                }
            }
        }

        /// <summary>The check on one step output, <paramref name="value"/>, walked through every field.</summary>
        public static void AssertHoldsNoRoslynObjects(object? value, string step)
            => Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));

        private static void Walk(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value is Type || value is MemberInfo)
            {
                return;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is decimal || !seen.Add(value))
            {
                return;
            }

            var banned = BannedTypes.FirstOrDefault(t => t.IsInstanceOfType(value));
            Assert.True(banned is null, $"step {step} holds a {type.Name} (a {banned?.Name})");
            if (AllowedRoslynClasses.Any(t => t.IsInstanceOfType(value)))
            {
                return;
            }

            Assert.False(
                !type.IsValueType && type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true,
                $"step {step} holds a {type.FullName}, a Roslyn object that may reach a compilation");

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    Walk(item, step, seen);
                }
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    Walk(field.GetValue(value), step, seen);
                }
            }
        }
    }
}
