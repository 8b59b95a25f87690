using System.Text;
using PaperGen.CompiledData;
using Xunit;

namespace PaperGen.Tests.Runtime
{
    /// <summary>
    /// Compiled text decodes to the very string <see cref="Encoding.UTF8"/> makes of it: well-formed text in any script,
    /// and bytes that are not well-formed UTF-8, which the decoder leaves to the framework's replacement rules.
    /// </summary>
    public class Utf8TextTests
    {
        public static TheoryData<string, byte[]> Texts => new()
        {
            { "ASCII", Encoding.UTF8.GetBytes("Sparse Autoencoders Find Interpretable Features") },
            { "two-byte letters", Encoding.UTF8.GetBytes("Größe naïve Schrödinger γ-decay") },
            { "three-byte letters", Encoding.UTF8.GetBytes("学習 — 世界 \u202e \uFFFD \uFFFF") },
            { "four-byte characters (surrogate pairs)", Encoding.UTF8.GetBytes("🙂 𝔽 \U0010FFFF") },
            { "a lone surrogate the generator's encoder replaced", Encoding.UTF8.GetBytes("a\uD800b") },
            { "a truncated sequence", new byte[] { 0x61, 0xE5, 0xAD } },
            { "a stray continuation byte", new byte[] { 0x61, 0x80, 0x62 } },
            { "an overlong slash", new byte[] { 0xC0, 0xAF, 0x61 } },
            { "an encoded surrogate", new byte[] { 0xED, 0xA0, 0x80 } },
            { "past U+10FFFF", new byte[] { 0xF4, 0x90, 0x80, 0x80 } },
            { "a five-byte lead", new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 } },
        };

        [Theory]
        [MemberData(nameof(Texts))]
        public void Compiled_text_decodes_to_what_the_framework_decodes(string what, byte[] bytes)
        {
            Assert.True(Encoding.UTF8.GetString(bytes) == Utf8Text.Decode(bytes), what);
        }

        [Fact]
        public void A_longer_text_after_a_shorter_one_decodes_whole()
        {
            Utf8Text.Decode(Encoding.UTF8.GetBytes("short"));
            var text = new string('é', 5_000) + "end";

            Assert.Equal(text, Utf8Text.Decode(Encoding.UTF8.GetBytes(text)));
        }

        [Fact]
        public void Texts_past_the_first_ones_decode_the_same()
        {
            var text = "Größe 学習 🙂 " + new string('a', 300);
            var bytes = Encoding.UTF8.GetBytes(text);

            for (var i = 0; i < Utf8Text.FirstTexts + 10; i++)
            {
                Assert.Equal(text, Utf8Text.Decode(bytes));
            }
        }

        [Fact]
        public void Empty_bytes_decode_to_the_empty_string()
        {
            Assert.Same(string.Empty, Utf8Text.Decode(default));
        }
    }
}
