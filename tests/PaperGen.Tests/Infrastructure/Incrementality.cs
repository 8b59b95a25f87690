using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PaperGen.Generator;
using Xunit;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>Checks on the incremental pipeline: what re-ran, and what its steps hold.</summary>
    internal static class Incrementality
    {
        public static readonly string[] TrackedSteps =
        {
            TrackingNames.DumpFiles, TrackingNames.Models, TrackingNames.Language,
            TrackingNames.Diagnostics, TrackingNames.Emit, TrackingNames.ClassNames,
        };

        public static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result)
            => result.TrackedSteps
                .Where(step => TrackedSteps.Contains(step.Key))
                .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(o => (step.Key, o.Reason))));

        public static void AssertAllCached(GeneratorRunResult result)
        {
            var outputs = Outputs(result).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {o.Step} ran again ({o.Reason})"));
        }

        /// <summary>Compilations, symbols and syntax nodes in a step's output defeat caching and pin memory.</summary>
        public static void AssertNoRoslynObjectsInOutputs(GeneratorRunResult result)
        {
            foreach (var step in result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
            {
                foreach (var output in step.Value.SelectMany(run => run.Outputs))
                {
                    Walk(output.Value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        private static void Walk(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Assert.False(value is Compilation or ISymbol or SyntaxNode, $"step {step} holds a {value.GetType().Name}");
            if (value is AdditionalText || value.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
            {
                // AdditionalText is the compiler's own input handle; Roslyn structs (TextSpan, LinePositionSpan) are values.
                return;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    Walk(item, step, seen);
                }
            }

            foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Walk(field.GetValue(value), step, seen);
            }
        }
    }
}
