using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MemberCards.Sdk.Testing;

namespace MemberCards.Sdk.Youzan.Tests.Fuzz;

/// <summary>
/// Deterministic mutations of the two seed pushes: raw byte damage, wrong-typed and huge values, deep
/// nesting, and damaged messages that are signed again so the decoding and typed reading run too.
/// </summary>
internal sealed class PushMutator(Random random)
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400", "1.5e300", "\"\"", "\"x\"", "\"%\"", "\"+\"", "[]", "{}", "[1,[2,[3]]]",
        "{\"a\":{\"b\":[null]}}", "99999999999999999999999999", "-9223372036854775809", "9223372036854775807", "\"9223372036854775808\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"2017-13-45 25:61:61\"", "\"2017-06-30T16:07:54+08:00\"", "\"墨鱼\"", "12345678901234567890.5",
    ];

    private static readonly string[] Statuses =
        ["CARD_CREATED", "CREATE_CARD", "CARD_ENABLED", "CUSTOMER_CARD_GIVEN", "CUSTOMER_TAKE_CARD", "card_created", "", "UNKNOWN_NEW_STATUS", "😀"];

    private static readonly string[] Types = ["SCRM_CARD", "SCRM_CUSTOMER_CARD", "POINTS", "trade_TradePaid", "", "scrm_card"];

    private static readonly string[] CardMessages =
    [
        """{"card_alias":"2omk5g63jgmvpa","event_time":"2017-06-30 16:07:54"}""",
        """{"fans_id":0,"fans_type":0,"mobile":"18768423400","card_alias":"2omk5g63jgmvpa","card_no":"231820909057462930","event_time":"2017-06-30 16:08:29"}""",
    ];

    public (byte[] Body, string? EventSign, string Kind) Next(int caseNumber)
    {
        var sample = random.Next(2);
        var messageJson = CardMessages[sample];
        var fields = Fields(sample, YouzanFormEncoding.Encode(messageJson));
        switch (caseNumber % 10)
        {
            case 0:
                var whole = Signed(fields, sample == 0);
                return (whole.Body[..random.Next(whole.Body.Length + 1)], whole.EventSign, "truncation");
            case 1:
                var flipped = Signed(fields, random.Next(2) == 0);
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    flipped.Body[random.Next(flipped.Body.Length)] = (byte)random.Next(256);
                }

                return (flipped.Body, flipped.EventSign, "byte flips");
            case 2:
                var spliced = new List<byte>(Signed(fields, false).Body);
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var at = random.Next(spliced.Count);
                    if (random.Next(2) == 0)
                    {
                        spliced.RemoveRange(at, Math.Min(spliced.Count - at, random.Next(1, 8)));
                    }
                    else
                    {
                        spliced.InsertRange(at, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]));
                    }
                }

                return ([.. spliced], null, "insert/delete");
            case 3:
                var (name, _) = fields[random.Next(fields.Count)];
                Set(fields, name, Values[random.Next(Values.Length)]);
                return (Signed(fields, random.Next(3) == 0).Body, null, "wrong type");
            case 4:
                Set(fields, new[] { "version", "kdt_id", "sendCount", "mode", "root_kdt_id" }[random.Next(5)], HugeNumber());
                return Signed(fields, random.Next(2) == 0) is var huge ? (huge.Body, huge.EventSign, "huge number") : default;
            case 5:
                Set(fields, random.Next(2) == 0 ? "extra" : "msg", Nest(random.Next(1, 1000)));
                return Signed(fields, true) is var deep ? (deep.Body, deep.EventSign, "deep nesting") : default;
            case 6:
            case 7:
                var damaged = MutateText(messageJson);
                var sent = random.Next(4) == 0 ? damaged : YouzanFormEncoding.Encode(damaged);
                Set(fields, "msg", Quote(sent));
                Set(fields, "sign", Quote(YouzanSamples.Sign(sent)));
                var resigned = Signed(fields, random.Next(2) == 0);
                return (resigned.Body, resigned.EventSign, "signed damaged msg");
            case 8:
                Set(fields, "msg", MutateText(messageJson));
                return Signed(fields, true) is var objectMsg ? (objectMsg.Body, objectMsg.EventSign, "object msg") : default;
            default:
                Set(fields, "status", Quote(Statuses[random.Next(Statuses.Length)]));
                Set(fields, "type", Quote(Types[random.Next(Types.Length)]));
                if (random.Next(4) == 0)
                {
                    // A health check, alone or with fields Youzan might add.
                    fields = random.Next(2) == 0 ? [("test", "true")] : [("test", "true"), ("sendCount", "0"), ("extra", Values[random.Next(Values.Length)])];
                }

                return Signed(fields, random.Next(2) == 0) is var typed ? (typed.Body, typed.EventSign, "type/status") : default;
        }
    }

    public static (byte[] Body, string? EventSign) Signed(List<(string Name, string Json)> fields, bool eventSign)
    {
        var body = Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{f.Json}")) + "}");
        return (body, eventSign ? YouzanSamples.EventSign(body) : null);
    }

    public static List<(string Name, string Json)> Fields(int sample, string msg) =>
    [
        ("msg", Quote(msg)),
        ("kdt_name", "\"墨鱼小课堂\""),
        ("test", "false"),
        ("sign", Quote(YouzanSamples.Sign(msg))),
        ("sendCount", "3"),
        ("type", sample == 0 ? "\"SCRM_CARD\"" : "\"SCRM_CUSTOMER_CARD\""),
        ("version", sample == 0 ? "1498810074" : "1498810109"),
        ("client_id", "\"6cd25b3f99727975b5\""),
        ("mode", "1"),
        ("kdt_id", "164932"),
        ("id", sample == 0 ? "\"2omk5g63jgmvpa\"" : "\"231820909057462930\""),
        ("status", sample == 0 ? "\"CREATE_CARD\"" : "\"CUSTOMER_TAKE_CARD\""),
    ];

    public static string Quote(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static void Set(List<(string Name, string Json)> fields, string name, string json)
    {
        var index = fields.FindIndex(f => f.Name == name);
        if (index < 0)
        {
            fields.Add((name, json));
        }
        else
        {
            fields[index] = (name, json);
        }
    }

    private string HugeNumber() => random.Next(5) switch
    {
        0 => new string('9', random.Next(19, 400)),
        1 => "-" + new string('9', random.Next(19, 400)),
        2 => "1e" + random.Next(20, 100000),
        3 => "\"" + new string('7', random.Next(19, 60)) + "\"",
        _ => "9223372036854775808",
    };

    private string Nest(int depth)
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, random.Next(4) == 0 ? depth / 2 : depth));
    }

    private string MutateText(string json)
    {
        var text = new StringBuilder(json);
        switch (random.Next(6))
        {
            case 0:
                text.Length = random.Next(text.Length + 1);
                break;
            case 1:
                for (var n = random.Next(1, 4); n > 0 && text.Length > 0; n--)
                {
                    text[random.Next(text.Length)] = (char)random.Next(0x20, 0x250);
                }

                break;
            case 2:
                var key = new[] { "fans_id", "fans_type", "mobile", "card_alias", "card_no", "event_time" }[random.Next(6)];
                return json.Contains($"\"{key}\":", StringComparison.Ordinal)
                    ? System.Text.RegularExpressions.Regex.Replace(json, $"\"{key}\":(\"[^\"]*\"|[-0-9]+)", $"\"{key}\":{Values[random.Next(Values.Length)]}")
                    : json.Insert(1, $"\"{key}\":{Values[random.Next(Values.Length)]},");
            case 3:
                return json.Insert(1, "\"deep\":" + Nest(random.Next(1, 200)) + ",");
            case 4:
                text.Insert(random.Next(text.Length), "%" + (char)random.Next(0x20, 0x7F));
                break;
            default:
                return json.Replace("2017-06-30 16:0", Values[random.Next(Values.Length)].Trim('"'), StringComparison.Ordinal);
        }

        return text.ToString();
    }
}
