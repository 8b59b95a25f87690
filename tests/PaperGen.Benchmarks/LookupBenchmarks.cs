using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// Exact and tolerant title lookups on a catalog compiled by the generator, against FrozenDictionary
    /// (the baseline) and Dictionary built from the same papers. Each invocation looks up
    /// <see cref="Keys"/> different titles so no single key's branch pattern is learnt.
    /// </summary>
    [Config(typeof(ShortJobConfig))]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class LookupBenchmarks
    {
        private const int Keys = 256;

        private PaperCatalog _catalog = null!;
        private FrozenDictionary<string, Paper> _frozen = null!;
        private Dictionary<string, Paper> _dictionary = null!;
        private string[] _hits = null!;
        private string[] _misses = null!;
        private string[] _variants = null!;

        [Params(54, 20_000)]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var text = Papers == 54 ? Compilations.ShippedDump : SyntheticDump.Create(Papers);
            var assembly = Compilations.CompileCached(text, "Lookup" + Papers);
            _catalog = (PaperCatalog)assembly.GetType("Bench.Archive", throwOnError: true)!.GetProperty("Catalog")!.GetValue(null)!;
            _frozen = _catalog.ToFrozenDictionary(p => p.Title, StringComparer.Ordinal);
            _dictionary = _catalog.ToDictionary(p => p.Title, StringComparer.Ordinal);

            var random = new Random(42);
            var titles = _catalog.Select(p => p.Title).ToArray();
            _hits = Enumerable.Range(0, Keys).Select(_ => new string(titles[random.Next(titles.Length)].AsSpan())).ToArray();

            // Plausible misses: real titles with two letters inserted mid-way, so prefixes and suffixes look like hits.
            _misses = _hits.Select(t => t.Insert(t.Length / 2, "re")).ToArray();
            _variants = _hits.Select(t => t.ToLowerInvariant().Replace(":", string.Empty)).ToArray();

            // Warm the catalog: decode each looked-up paper once, as any long-running process would have.
            foreach (var key in _hits.Concat(_misses).Concat(_variants))
            {
                _catalog.TryGetByTitle(key, out _);
                _catalog.Find(key);
            }
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Hit")]
        public int Compiled_hit()
        {
            var found = 0;
            foreach (var key in _hits)
            {
                found += _catalog.TryGetByTitle(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys, Baseline = true), BenchmarkCategory("Hit")]
        public int Frozen_hit()
        {
            var found = 0;
            foreach (var key in _hits)
            {
                found += _frozen.TryGetValue(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Hit")]
        public int Dictionary_hit()
        {
            var found = 0;
            foreach (var key in _hits)
            {
                found += _dictionary.TryGetValue(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Hit")]
        public int Find_exact_title()
        {
            var found = 0;
            foreach (var key in _hits)
            {
                found += _catalog.Find(key) is null ? 0 : 1;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Miss")]
        public int Compiled_miss()
        {
            var found = 0;
            foreach (var key in _misses)
            {
                found += _catalog.TryGetByTitle(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys, Baseline = true), BenchmarkCategory("Miss")]
        public int Frozen_miss()
        {
            var found = 0;
            foreach (var key in _misses)
            {
                found += _frozen.TryGetValue(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Miss")]
        public int Dictionary_miss()
        {
            var found = 0;
            foreach (var key in _misses)
            {
                found += _dictionary.TryGetValue(key, out _) ? 1 : 0;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Miss")]
        public int Find_miss()
        {
            var found = 0;
            foreach (var key in _misses)
            {
                found += _catalog.Find(key) is null ? 0 : 1;
            }

            return found;
        }

        [Benchmark(OperationsPerInvoke = Keys), BenchmarkCategory("Hit")]
        public int Find_folded_variant()
        {
            var found = 0;
            foreach (var key in _variants)
            {
                found += _catalog.Find(key) is null ? 0 : 1;
            }

            return found;
        }
    }
}
