using System.Xml;
using System.Xml.Linq;

namespace MemberCards.Sdk.WeChat;

/// <summary>Reads a flat <c>&lt;xml&gt;</c> message with DTDs refused (no XXE, no entity expansion) and a size cap.</summary>
internal static class SafeXml
{
    public static Dictionary<string, string> ReadFields(string xml, int maxCharacters, string target)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            var reason = xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) ? "a DTD is not allowed (XXE protection)." : ex.Message;
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, target, $"line {ex.LineNumber}, position {ex.LinePosition}", reason, ex);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "xml")
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, target, "/", "the root element must be <xml>.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            fields.TryAdd(element.Name.LocalName, element.HasElements ? element.ToString(SaveOptions.DisableFormatting) : element.Value);
        }

        return fields;
    }
}
