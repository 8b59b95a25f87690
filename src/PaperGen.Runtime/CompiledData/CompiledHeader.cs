using System;
using System.Reflection;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The manifest header of compiled data, read in whichever layout wrote it: this is where the runtime
    /// tells layouts apart. A layout's reader maps its header to these numbers; everything after the header
    /// is read the same way by every layout so far.
    /// </summary>
    /// <remarks>
    /// Fields rather than properties: every get accessor is one more method the JIT compiles on the first lookup
    /// of a fresh process, and this is read on that path.
    /// </remarks>
    internal sealed class CompiledHeader
    {
        /// <summary>The oldest layout a released PaperGen wrote (0.1); every runtime reads it and all after it.</summary>
        public const int OldestLayout = Layout4.FormatVersion;

        /// <summary>The layout this PaperGen writes, the newest this runtime reads.</summary>
        public const int NewestLayout = CompiledLayout.FormatVersion;

        public readonly int Layout;

        public readonly int PaperCount;

        public readonly int TitleBuckets;

        public readonly int FoldBuckets;

        public readonly int RuntimeFoldCount;

        public readonly HashWindow TitleWindow;

        public readonly bool Compressed;

        /// <summary>Where the first paper's numbers start in the manifest.</summary>
        public readonly int HeaderNumbers;

        /// <summary>How many manifest numbers each paper has.</summary>
        public readonly int PaperNumbers;

        // A layout's reader: where its header keeps the paper count, title buckets, fold buckets, runtime-fold
        // count, title window and compressed flag, and how many numbers the header and each paper have.
        private CompiledHeader(ReadOnlySpan<byte> manifest, int paperCount, int titleBuckets, int foldBuckets, int runtimeFoldCount, int titleWindow, int compressed, int headerNumbers, int paperNumbers)
        {
            Layout = PackedNumbers.Read(manifest, CompiledLayout.HeaderVersion);
            PaperCount = PackedNumbers.Read(manifest, paperCount);
            TitleBuckets = PackedNumbers.Read(manifest, titleBuckets);
            FoldBuckets = PackedNumbers.Read(manifest, foldBuckets);
            RuntimeFoldCount = PackedNumbers.Read(manifest, runtimeFoldCount);
            TitleWindow = HashWindow.FromPacked(PackedNumbers.Read(manifest, titleWindow));
            Compressed = PackedNumbers.Read(manifest, compressed) != 0;
            HeaderNumbers = headerNumbers;
            PaperNumbers = paperNumbers;
        }

        /// <summary>Reads the header, or throws an exception that says what to do when no reader here knows the layout.</summary>
        /// <exception cref="ArgumentException">The layout is newer than this runtime, or was never released.</exception>
        public static CompiledHeader Read(ReadOnlySpan<byte> manifest, string sourceFile)
        {
            var layout = manifest.Length >= PackedNumbers.Width ? PackedNumbers.Read(manifest, CompiledLayout.HeaderVersion) : -1;
            switch (layout)
            {
                case Layout4.FormatVersion when manifest.Length >= Layout4.HeaderNumbers * PackedNumbers.Width:
                    return new CompiledHeader(
                        manifest,
                        Layout4.HeaderPaperCount,
                        Layout4.HeaderTitleBuckets,
                        Layout4.HeaderFoldBuckets,
                        Layout4.HeaderRuntimeFoldCount,
                        Layout4.HeaderTitleWindow,
                        Layout4.HeaderCompressed,
                        Layout4.HeaderNumbers,
                        Layout4.PaperNumbers);

                case CompiledLayout.FormatVersion when manifest.Length >= CompiledLayout.HeaderNumbers * PackedNumbers.Width:
                    return new CompiledHeader(
                        manifest,
                        CompiledLayout.HeaderPaperCount,
                        CompiledLayout.HeaderTitleBuckets,
                        CompiledLayout.HeaderFoldBuckets,
                        CompiledLayout.HeaderRuntimeFoldCount,
                        CompiledLayout.HeaderTitleWindow,
                        CompiledLayout.HeaderCompressed,
                        CompiledLayout.HeaderNumbers,
                        CompiledLayout.PaperNumbers);

                default:
                    throw Unreadable(manifest, layout, sourceFile);
            }
        }

        /// <summary>This runtime's version, as its package is numbered (<c>0.2.0</c>).</summary>
        public static string RuntimeVersion
        {
            get
            {
                var assembly = typeof(CompiledHeader).Assembly;
                var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "unknown";
                var metadata = version.IndexOf('+');
                return metadata < 0 ? version : version.Substring(0, metadata);
            }
        }

        private static ArgumentException Unreadable(ReadOnlySpan<byte> manifest, int layout, string sourceFile)
        {
            var what = "The compiled paper data" + (sourceFile.Length == 0 ? string.Empty : " of " + sourceFile);
            var reads = "PaperGen.Runtime " + RuntimeVersion + " reads compiled-data layouts " + OldestLayout + " to " + NewestLayout;
            if (layout > NewestLayout)
            {
                // Layouts from 5 on keep the writer's version second, so this holds for layouts not invented yet.
                var writer = manifest.Length >= (CompiledLayout.HeaderWriterVersion + 1) * PackedNumbers.Width
                    ? CompiledLayout.UnpackVersion(PackedNumbers.Read(manifest, CompiledLayout.HeaderWriterVersion))
                    : null;
                var writtenBy = writer is null ? "a newer PaperGen" : "PaperGen " + writer;
                var update = writer is null ? "the version of the PaperGen that built it" : writer;
                return new ArgumentException(
                    what + " was written by " + writtenBy + " (layout " + layout + "); " + reads
                    + ". Update the PaperGen.Runtime package to " + update + " or later.",
                    "data");
            }

            return new ArgumentException(
                what + " has compiled-data layout " + layout + ", which no released PaperGen wrote; " + reads
                + ". Rebuild it with a released PaperGen.",
                "data");
        }
    }
}
