using System;

namespace PaperGen.Search
{
    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions and swaps of two neighbouring
    /// characters, each 1), computed only as far as a bound: what "did you mean" compares typed text with.
    /// </summary>
    internal static class EditDistance
    {
        [ThreadStatic]
        private static int[]? _rows;

        /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are at most one edit apart: a linear check, no table.</summary>
        public static bool WithinOne(string a, string b)
        {
            var n = a.Length;
            var m = b.Length;
            if (n - m > 1 || m - n > 1)
            {
                return false;
            }

            var i = 0;
            while (i < n && i < m && a[i] == b[i])
            {
                i++;
            }

            if (i == n || i == m)
            {
                return true;
            }

            if (n == m)
            {
                // A substitution at i, or a swap of i and i + 1.
                return Same(a, i + 1, b, i + 1) || (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && Same(a, i + 2, b, i + 2));
            }

            return n > m ? Same(a, i + 1, b, i) : Same(a, i, b, i + 1);
        }

        /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>bound + 1</c> when it is larger than <paramref name="bound"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization: a miss runs it thousands of times once
        public static int Within(string a, string b, int bound)
        {
            var n = a.Length;
            var m = b.Length;
            if (Math.Abs(n - m) > bound)
            {
                return bound + 1;
            }

            // Three rows (two back for the swap), reused per thread.
            var width = m + 1;
            var rows = _rows is { } r && r.Length >= 3 * width ? r : _rows = new int[3 * Math.Max(width, 64)];
            var previous2 = 0;
            var previous = width;
            var current = 2 * width;
            for (var j = 0; j <= m; j++)
            {
                rows[previous + j] = j;
            }

            for (var i = 1; i <= n; i++)
            {
                rows[current] = i;
                var rowMin = i;
                for (var j = 1; j <= m; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var d = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d = Math.Min(d, rows[previous2 + j - 2] + 1);
                    }

                    rows[current + j] = d;
                    rowMin = Math.Min(rowMin, d);
                }

                if (rowMin > bound)
                {
                    return bound + 1;
                }

                (previous2, previous, current) = (previous, current, previous2);
            }

            var distance = rows[previous + m];
            return distance > bound ? bound + 1 : distance;
        }

        private static bool Same(string a, int i, string b, int j)
            => a.Length - i == b.Length - j && string.CompareOrdinal(a, i, b, j, a.Length - i) == 0;
    }
}
