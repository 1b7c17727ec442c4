using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

/// <summary>
/// Mutates the seed samples (truncation, byte flips, wrong types, huge numbers, deep nesting, garbage, 10 MB bodies)
/// with a fixed random seed and asserts that nothing but <see cref="MemberCardsFormatException"/> escapes.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int Cases = 100_000;
    private const int Seed = 20260422;

    private static readonly string[] WrongValues =
    [
        "true", "false", "null", "{}", "[]", "\"\"", "\"x\"", "1.5", "-0", "0.0", "1e3", "\"\\uD800\"", "\"\\u0000\"",
        "[1,2,\"3\"]", "{\"a\":[]}", "\"12a\"", "\" 12\"", "\"+12\"", "\"-12\"", "[null]", "[\"\"]", "[{}]", "[[]]",
    ];

    private static readonly string[] HugeNumbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999999999", "1e400", "-1e400", "1e-400", "4.9E-324", "1.7976931348623157E+308",
        "\"9223372036854775808\"", "\"99999999999999999999999\"", "253402300799999", "253402300800000", "-62135596800001",
        new string('9', 2000), "0." + new string('0', 500) + "1",
    ];

    [Fact]
    public void Only_format_exceptions_escape_for_mutated_seed_samples()
    {
        var corpus = BuildCorpus();
        var spans = corpus.Select(ValueSpans).ToList();
        var random = new Random(Seed);
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < Cases; i++)
        {
            var pick = random.Next(corpus.Count);
            var source = corpus[pick];
            var kind = random.Next(9);
            var input = kind switch
            {
                0 => Truncate(source, random),
                1 => FlipBytes(source, random),
                2 => ReplaceValue(source, spans[pick], random, WrongValues[random.Next(WrongValues.Length)]),
                3 => ReplaceValue(source, spans[pick], random, HugeNumbers[random.Next(HugeNumbers.Length)]),
                4 => ReplaceValue(source, spans[pick], random, Nest(random.Next(1, 200), random)),
                5 => InsertBytes(source, random),
                6 => DeleteSpan(source, random),
                7 => Garbage(random),
                _ => ReplaceValue(FlipBytes(source, random), spans[pick], random, WrongValues[random.Next(WrongValues.Length)]),
            };

            if (Attempt(input, IotOptions.DefaultMaxMessageBytes, i, kind))
            {
                parsed++;
            }
            else
            {
                rejected++;
            }
        }

        Assert.Equal(Cases, parsed + rejected);
        Assert.True(parsed > Cases / 20, $"only {parsed} mutated inputs parsed: the mutations are too destructive to test tolerance");
        Assert.True(rejected > Cases / 4, $"only {rejected} inputs were rejected: the mutations are too gentle");
    }

    [Fact]
    public void Deep_nesting_is_rejected_as_format_and_never_overflows_the_stack()
    {
        foreach (var depth in new[] { 63, 64, 65, 1_000, 100_000 })
        {
            var nested = Encoding.UTF8.GetBytes("{\"events\":{\"x\":" + Nest(depth, new Random(depth)) + "}}");
            Attempt(nested, 16 * 1024 * 1024, depth, kind: 4);
        }

        var bytes = Encoding.UTF8.GetBytes("{\"events\":{\"x\":" + new string('[', 100_000) + "}}");
        Assert.Throws<MemberCardsFormatException>(() => IotMessage.Parse(bytes, 16 * 1024 * 1024));
    }

    [Fact]
    public void Ten_megabyte_bodies_are_refused_by_the_cap_before_parsing_and_parse_when_the_cap_allows()
    {
        var prefix = "{\"msgId\":1,\"events\":{\"customerAdd\":{\"id\":1},\"blob\":\""u8.ToArray();
        var suffix = "\"}}"u8.ToArray();
        var body = new byte[10 * 1024 * 1024];
        prefix.CopyTo(body, 0);
        body.AsSpan(prefix.Length, body.Length - prefix.Length - suffix.Length).Fill((byte)'a');
        suffix.CopyTo(body, body.Length - suffix.Length);

        var refused = Assert.Throws<MemberCardsMessageTooLargeException>(() => IotMessage.Parse(body));
        Assert.Contains("10485760 bytes", refused.Message, StringComparison.Ordinal);

        var message = IotMessage.Parse(body, 16 * 1024 * 1024);
        Assert.Equal(1L, message.Events.CustomerAdd!.Id);
        Assert.Equal(body.Length - prefix.Length - suffix.Length, Assert.Single(message.Events.Unknown).Json.GetString()!.Length);

        var random = new Random(Seed);
        for (var i = 0; i < 20; i++)
        {
            var copy = FlipBytes(body, random);
            Attempt(copy, IotOptions.DefaultMaxMessageBytes, i, kind: 10);
            Attempt(copy, 16 * 1024 * 1024, i, kind: 10);
        }
    }

    [Fact]
    public void Mutated_topics_fail_only_with_format_exceptions()
    {
        var random = new Random(Seed);
        var topic = Encoding.UTF8.GetBytes(IotSamples.Topic);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Encoding.UTF8.GetString(random.Next(3) switch
            {
                0 => Truncate(topic, random),
                1 => FlipBytes(topic, random),
                _ => InsertBytes(topic, random),
            });
            try
            {
                var parsed = IotTopic.Parse(text);
                Assert.Equal(text, parsed.ToString());
            }
            catch (MemberCardsFormatException)
            {
            }
        }
    }

    private static bool Attempt(byte[] input, int cap, int index, int kind)
    {
        try
        {
            var message = IotMessage.Parse(input, cap);
            _ = message.ToString();
            foreach (var e in message.Events.All)
            {
                _ = e.ToString();
                if (e is UnknownIotEvent unknown)
                {
                    _ = unknown.RawJson;
                }
            }

            return true;
        }
        catch (MemberCardsFormatException ex)
        {
            Assert.False(string.IsNullOrEmpty(ex.Message));
            return false;
        }
        catch (Exception ex)
        {
            Assert.Fail($"case {index} (mutation {kind}) escaped as {ex.GetType().Name}: {ex.Message}\ninput: {Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 400)))}");
            throw;
        }
    }

    private static List<byte[]> BuildCorpus()
    {
        var all = new IotMessageBuilder().Add(SampleEvents.FullCustomerAdd()).Add(SampleEvents.FullCompanyUpdate())
            .Add(SampleEvents.FullBind()).Add(SampleEvents.FullCustomerDelete()).Add(SampleEvents.FullCompanyDelete())
            .AddRaw("spaceAdd", """{"id":1,"tags":["a",{"b":null}]}""");
        return
        [
            IotSamples.MessageBytes(),
            all.ToBytes(),
            all.WithIdsAsStrings().ToBytes(),
            all.WithEmptyStringsForAbsent(false).ToBytes(),
            JsonSerializer.SerializeToUtf8Bytes(JsonDocument.Parse(IotSamples.MessageBytes()).RootElement),
        ];
    }

    private static byte[] Truncate(byte[] source, Random random) => source[..random.Next(source.Length)];

    private static byte[] FlipBytes(byte[] source, Random random)
    {
        var copy = (byte[])source.Clone();
        var flips = random.Next(1, 9);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(copy.Length);
            copy[at] = random.Next(3) switch
            {
                0 => (byte)random.Next(256),
                1 => (byte)(copy[at] ^ (1 << random.Next(8))),
                _ => "{}[]\",:\\0-e."u8[random.Next("{}[]\",:\\0-e."u8.Length)],
            };
        }

        return copy;
    }

    private static byte[] ReplaceValue(byte[] source, List<(int Start, int Length)> values, Random random, string replacement)
    {
        if (values.Count == 0)
        {
            return source;
        }

        var (start, length) = values[random.Next(values.Count)];
        var insert = Encoding.UTF8.GetBytes(replacement);
        var result = new byte[source.Length - length + insert.Length];
        source.AsSpan(0, start).CopyTo(result);
        insert.CopyTo(result.AsSpan(start));
        source.AsSpan(start + length).CopyTo(result.AsSpan(start + insert.Length));
        return result;
    }

    private static List<(int Start, int Length)> ValueSpans(byte[] source)
    {
        var spans = new List<(int, int)>();
        try
        {
            var reader = new Utf8JsonReader(source, new JsonReaderOptions { MaxDepth = 1024 });
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var copy = reader;
                        copy.Skip();
                        spans.Add((start, (int)copy.BytesConsumed - start));
                        break;
                    case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                        spans.Add((start, (int)reader.BytesConsumed - start));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A source already damaged by an earlier mutation: use the spans found so far.
        }

        return spans;
    }

    private static string Nest(int depth, Random random)
    {
        var open = new StringBuilder(depth * 6);
        var close = new char[depth];
        for (var i = 0; i < depth; i++)
        {
            var array = random.Next(2) == 0;
            open.Append(array ? "[" : "{\"k\":");
            close[depth - 1 - i] = array ? ']' : '}';
        }

        return open.Append('1').Append(close).ToString();
    }

    private static byte[] InsertBytes(byte[] source, Random random)
    {
        var at = random.Next(source.Length + 1);
        var insert = new byte[random.Next(1, 16)];
        if (random.Next(2) == 0)
        {
            random.NextBytes(insert);
        }
        else
        {
            for (var i = 0; i < insert.Length; i++)
            {
                var alphabet = "{}[]\",:0123456789\u00ff"u8;
                insert[i] = alphabet[random.Next(alphabet.Length)];
            }
        }

        return [.. source.AsSpan(0, at), .. insert, .. source.AsSpan(at)];
    }

    private static byte[] DeleteSpan(byte[] source, Random random)
    {
        var at = random.Next(source.Length);
        var length = random.Next(1, Math.Min(64, source.Length - at) + 1);
        return [.. source.AsSpan(0, at), .. source.AsSpan(at + length)];
    }

    private static byte[] Garbage(Random random)
    {
        var bytes = new byte[random.Next(0, 256)];
        random.NextBytes(bytes);
        return bytes;
    }
}
