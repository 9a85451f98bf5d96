using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Encoders.Tokenization;

public sealed class WordPieceTokenizerTests
{
    private static readonly string[] Fragments =
    [
        "The", " ", "minister's", "U.S.", "e-mail", "Café", "naïve", "Ærøskøbing", "İstanbul", "\u0301", "e\u0301", "😀",
        "👩‍👩‍👧", "\u200D", "\uFE0F", "東京", "서울", "Москва", "—", "…", "\"", "(", ")", "3.5%", "$1,200", "#tag", "@user",
        "https://example.org/a?b=c", "\t", "\n", "\uD800", "x\u0000y", "supercalifragilisticexpialidocious",
        new string('a', 150), "ﬁnance", "½", "²", "ℌ",
    ];

    [Theory]
    [InlineData("The minister said: \"We will act.\"")]
    [InlineData("Prices rose 3.5% in the U.S. (again)... didn't they?")]
    [InlineData("Café naïve Ærøskøbing İstanbul résumé")]
    [InlineData("Emoji 😀👍🏽 and a family 👩‍👩‍👧 in text.")]
    [InlineData("東京 and 서울 and Москва — all capitals…")]
    [InlineData("e\u0301 a combining accent and a zero\u200Dwidth joiner")]
    [InlineData("Supercalifragilisticexpialidocious antidisestablishmentarianism")]
    [InlineData("https://example.org/path?query=1 and someone@example.com")]
    [InlineData("A lone \uD800 surrogate and a \u0000 NUL")]
    public void Word_pieces_of_every_token_tile_it_in_order(string text)
    {
        var doc = Document.Create(text);
        Assert.Null(PieceTiling.Problem(doc, SharedEncoder.Instance.Tokenizer.Tokenize(doc)));
    }

    [Property(MaxTest = 300)]
    public Property Word_pieces_tile_the_tokens_of_any_text_made_of_tricky_fragments() =>
        Prop.ForAll(Gen.Elements(Fragments).ArrayOf().Select(string.Concat).ToArbitrary(), text =>
        {
            var doc = Document.Create(text);
            return PieceTiling.Problem(doc, SharedEncoder.Instance.Tokenizer.Tokenize(doc)) is null;
        });

    [Fact]
    public void A_plain_word_splits_into_longest_matching_pieces_each_covering_its_own_letters()
    {
        var doc = Document.Create("Unaffable");
        var pieces = SharedEncoder.Instance.Tokenizer.Tokenize(doc);
        Assert.Equal(["Una", "ffa", "ble"], pieces.Select(p => doc[p.Span]));
    }

    [Fact]
    public void Accented_and_upper_case_letters_match_the_plain_lower_case_word()
    {
        var tokenizer = SharedEncoder.Instance.Tokenizer;
        var ids = (string t) => tokenizer.Tokenize(Document.Create(t)).Select(p => p.Id).ToArray();
        Assert.Equal(ids("cafe resume"), ids("CAFÉ Résumé"));
    }

    [Fact]
    public void Punctuation_inside_a_token_becomes_pieces_of_its_own()
    {
        var doc = Document.Create("U.S.");
        var pieces = SharedEncoder.Instance.Tokenizer.Tokenize(doc);
        Assert.Equal(["U", ".", "S", "."], pieces.Select(p => doc[p.Span]));
    }

    [Fact]
    public void A_word_over_100_characters_becomes_one_unknown_piece()
    {
        var doc = Document.Create(new string('a', 101));
        var piece = Assert.Single(SharedEncoder.Instance.Tokenizer.Tokenize(doc));
        Assert.Equal(SharedEncoder.Instance.Tokenizer.Vocab.Unknown, piece.Id);
        Assert.Equal(doc.Tokens[0].Span, piece.Span);
    }
}
