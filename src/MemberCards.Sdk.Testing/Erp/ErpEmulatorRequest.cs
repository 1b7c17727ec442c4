namespace MemberCards.Sdk.Testing.Erp;

/// <summary>A <c>/user/memberPoints</c> request as the emulator reads it (numbers accepted as numbers or strings).</summary>
internal sealed record ErpEmulatorRequest(string Mobile, long PointsChanges, long PointsRemaining, long PointsUsed, string? PointsDescription, string? Remark, string? StoreNumber)
{
    /// <exception cref="FormatException">The body is not a valid request; <c>Data["field"]</c> names the field.</exception>
    public static ErpEmulatorRequest Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw Problem("请求格式错误", "$");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Problem("请求格式错误", "$");
            }

            var mobile = Text(root, "mobile");
            if (string.IsNullOrEmpty(mobile))
            {
                throw Problem("手机号不能为空", "mobile");
            }

            return new ErpEmulatorRequest(
                mobile,
                Number(root, "pointsChanges"),
                Number(root, "pointsRemaining"),
                Number(root, "pointsUsed"),
                Text(root, "pointsDesc"),
                Text(root, "remark"),
                Text(root, "storeNumber"));
        }
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long Number(JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        throw Problem($"{name}不能为空或格式错误", name);
    }

    private static FormatException Problem(string message, string field)
    {
        var exception = new FormatException(message);
        exception.Data["field"] = field;
        return exception;
    }
}
