namespace PaperGen.Search
{
    /// <summary>
    /// Sorts a search's result keys ascending. Our own rather than <c>Array.Sort&lt;long&gt;</c>: the framework's
    /// is a generic instantiation a fresh process compiles on its first search even when the app is published
    /// ReadyToRun (issue 12, <c>search-startup</c>).
    /// </summary>
    internal static class KeySort
    {
        // Below this many keys an insertion sort is faster than partitioning.
        private const int Small = 16;

        /// <summary>Sorts the first <paramref name="count"/> keys ascending.</summary>
        public static void Sort(long[] keys, int count) => Sort(keys, 0, count - 1);

        private static void Sort(long[] keys, int low, int high)
        {
            while (high - low >= Small)
            {
                var split = Partition(keys, low, high);

                // The smaller side recurses, the larger loops: the stack stays logarithmic.
                if (split - low < high - split)
                {
                    Sort(keys, low, split - 1);
                    low = split + 1;
                }
                else
                {
                    Sort(keys, split + 1, high);
                    high = split - 1;
                }
            }

            Insertion(keys, low, high);
        }

        // Median of three as the pivot, moved to the end; returns where it lands.
        private static int Partition(long[] keys, int low, int high)
        {
            var middle = low + ((high - low) >> 1);
            if (keys[middle] < keys[low])
            {
                (keys[middle], keys[low]) = (keys[low], keys[middle]);
            }

            if (keys[high] < keys[low])
            {
                (keys[high], keys[low]) = (keys[low], keys[high]);
            }

            if (keys[high] < keys[middle])
            {
                (keys[high], keys[middle]) = (keys[middle], keys[high]);
            }

            (keys[middle], keys[high - 1]) = (keys[high - 1], keys[middle]);
            var pivot = keys[high - 1];
            var i = low;
            var j = high - 1;
            while (true)
            {
                while (keys[++i] < pivot)
                {
                }

                while (pivot < keys[--j])
                {
                }

                if (i >= j)
                {
                    break;
                }

                (keys[i], keys[j]) = (keys[j], keys[i]);
            }

            (keys[i], keys[high - 1]) = (keys[high - 1], keys[i]);
            return i;
        }

        private static void Insertion(long[] keys, int low, int high)
        {
            for (var i = low + 1; i <= high; i++)
            {
                var key = keys[i];
                var j = i - 1;
                while (j >= low && keys[j] > key)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }

                keys[j + 1] = key;
            }
        }
    }
}
