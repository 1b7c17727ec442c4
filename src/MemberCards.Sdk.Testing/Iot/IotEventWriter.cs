using System.Collections;
using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// Writes each documented event with every field under its wire name, the way the platform does. The fields and their
/// names are the SDK's own (<see cref="IotJson.SerializerOptions"/>), so the emulator keeps no second copy of the tables;
/// only how absent values and ids are written is the emulator's choice (<see cref="Style"/>).
/// </summary>
internal static class IotEventWriter
{
    internal static void Write(Utf8JsonWriter writer, IotEvent @event, Style style)
    {
        if (@event is UnknownIotEvent unknown)
        {
            unknown.Json.WriteTo(writer);
            return;
        }

        WriteObject(writer, @event, style);
    }

    private static void WriteObject(Utf8JsonWriter writer, object value, Style style)
    {
        writer.WriteStartObject();
        foreach (var property in IotJson.SerializerOptions.GetTypeInfo(value.GetType()).Properties)
        {
            if (property.Get is { } get && !property.IsExtensionData)
            {
                WriteField(writer, property.Name, property.PropertyType, get(value), style);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, string name, Type type, object? value, Style style)
    {
        switch (value)
        {
            case null when type == typeof(string) && style.EmptyStringsForAbsent:
                writer.WriteString(name, string.Empty);
                break;
            case string text:
                writer.WriteString(name, text);
                break;
            case long id:
                writer.WritePropertyName(name);
                WriteId(writer, id, style);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case Enum code:
                writer.WriteNumber(name, Convert.ToInt32(code, CultureInfo.InvariantCulture));
                break;
            case IEnumerable empty when !style.EmptyStringsForAbsent && !empty.GetEnumerator().MoveNext():
                break;
            case IEnumerable items:
                writer.WriteStartArray(name);
                foreach (var item in items)
                {
                    switch (item)
                    {
                        case long id:
                            WriteId(writer, id, style);
                            break;
                        case string text:
                            writer.WriteStringValue(text);
                            break;
                        default:
                            WriteObject(writer, item, style);
                            break;
                    }
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void WriteId(Utf8JsonWriter writer, long id, Style style)
    {
        if (style.IdsAsStrings)
        {
            writer.WriteStringValue(id.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(id);
        }
    }

    /// <summary>How absent values and ids are written.</summary>
    internal readonly record struct Style(bool IdsAsStrings, bool EmptyStringsForAbsent);
}
