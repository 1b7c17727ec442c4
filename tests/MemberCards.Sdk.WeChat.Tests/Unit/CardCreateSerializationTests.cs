using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

public sealed class CardCreateSerializationTests
{
    // The member-card example of the official "Create a membership card" page (card/create), verbatim in content.
    private const string OfficialExample = """
        {
          "card": {
            "card_type": "MEMBER_CARD",
            "member_card": {
              "background_pic_url": "https://mmbiz.qlogo.cn/mmbiz/",
              "base_info": {
                "logo_url": "http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZ/0",
                "brand_name": "海底捞",
                "code_type": "CODE_TYPE_TEXT",
                "title": "海底捞会员卡",
                "color": "Color010",
                "notice": "使用时向服务员出示此券",
                "service_phone": "020-88888888",
                "description": "不可与其他优惠同享",
                "date_info": { "type": "DATE_TYPE_PERMANENT" },
                "sku": { "quantity": 50000000 },
                "get_limit": 3,
                "use_custom_code": false,
                "can_give_friend": true,
                "location_id_list": [123, 12321],
                "custom_url_name": "立即使用",
                "custom_url": "http://weixin.qq.com",
                "custom_url_sub_title": "6个汉字tips",
                "promotion_url_name": "营销入口1",
                "promotion_url": "http://www.qq.com",
                "need_push_on_view": true
              },
              "advanced_info": {
                "use_condition": {
                  "accept_category": "鞋类",
                  "reject_category": "阿迪达斯",
                  "can_use_with_other_discount": true
                },
                "abstract": {
                  "abstract": "微信餐厅推出多种新季菜品，期待您的光临",
                  "icon_url_list": ["http://mmbiz.qpic.cn/mmbiz/p98FjXy8LacgHxp3sJ3vn97bGLz0ib0Sfz1bjiaoOYA027iasqSG0sjpiby4vce3AtaPu6cIhBHkt6IjlkY9YnDsfw/0"]
                },
                "text_image_list": [
                  {
                    "image_url": "http://mmbiz.qpic.cn/mmbiz/p98FjXy8LacgHxp3sJ3vn97bGLz0ib0Sfz1bjiaoOYA027iasqSG0sjpiby4vce3AtaPu6cIhBHkt6IjlkY9YnDsfw/0",
                    "text": "此菜品精选食材，以独特的烹饪方法，最大程度地刺激食 客的味蕾"
                  },
                  {
                    "image_url": "http://mmbiz.qpic.cn/mmbiz/p98FjXy8LacgHxp3sJ3vn97bGLz0ib0Sfz1bjiaoOYA027iasqSG0sjpiby4vce3AtaPu6cIhBHkt6IjlkY9YnDsfw/0",
                    "text": "此菜品迎合大众口味，老少皆宜，营养均衡"
                  }
                ],
                "time_limit": [
                  { "type": "MONDAY", "begin_hour": 0, "end_hour": 10, "begin_minute": 10, "end_minute": 59 },
                  { "type": "HOLIDAY" }
                ],
                "business_service": ["BIZ_SERVICE_FREE_WIFI", "BIZ_SERVICE_WITH_PET", "BIZ_SERVICE_FREE_PARK", "BIZ_SERVICE_DELIVER"]
              },
              "supply_bonus": true,
              "supply_balance": false,
              "prerogative": "test_prerogative",
              "auto_activate": true,
              "custom_field1": { "name_type": "FIELD_NAME_TYPE_LEVEL", "url": "http://www.qq.com" },
              "activate_url": "http://www.qq.com",
              "custom_cell1": { "name": "使用入口2", "tips": "激活后显示", "url": "http://www.xxx.com" },
              "bonus_rule": {
                "cost_money_unit": 100,
                "increase_bonus": 1,
                "max_increase_bonus": 200,
                "init_increase_bonus": 10,
                "cost_bonus_unit": 5,
                "reduce_money": 100,
                "least_money_to_use_bonus": 1000,
                "max_reduce_bonus": 50
              },
              "discount": 10
            }
          }
        }
        """;

    private const string IconUrl = "http://mmbiz.qpic.cn/mmbiz/p98FjXy8LacgHxp3sJ3vn97bGLz0ib0Sfz1bjiaoOYA027iasqSG0sjpiby4vce3AtaPu6cIhBHkt6IjlkY9YnDsfw/0";

    internal static WeChatMemberCard OfficialModel() => new()
    {
        BackgroundPicUrl = "https://mmbiz.qlogo.cn/mmbiz/",
        BaseInfo = new WeChatCardBaseInfo
        {
            LogoUrl = "http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZ/0",
            BrandName = "海底捞",
            CodeType = WeChatCodeType.Text,
            Title = "海底捞会员卡",
            Color = WeChatCardColors.Color010,
            Notice = "使用时向服务员出示此券",
            ServicePhone = "020-88888888",
            Description = "不可与其他优惠同享",
            DateInfo = new WeChatDateInfo { Type = WeChatDateInfoType.Permanent },
            Sku = new WeChatCardSku { Quantity = 50000000 },
            GetLimit = 3,
            UseCustomCode = false,
            CanGiveFriend = true,
            LocationIds = [123, 12321],
            CustomUrlName = "立即使用",
            CustomUrl = "http://weixin.qq.com",
            CustomUrlSubTitle = "6个汉字tips",
            PromotionUrlName = "营销入口1",
            PromotionUrl = "http://www.qq.com",
            NeedPushOnView = true,
        },
        AdvancedInfo = new WeChatCardAdvancedInfo
        {
            UseCondition = new WeChatUseCondition { AcceptCategory = "鞋类", RejectCategory = "阿迪达斯", CanUseWithOtherDiscount = true },
            Abstract = new WeChatCardAbstract { Text = "微信餐厅推出多种新季菜品，期待您的光临", IconUrls = [IconUrl] },
            TextImages =
            [
                new WeChatTextImage { ImageUrl = IconUrl, Text = "此菜品精选食材，以独特的烹饪方法，最大程度地刺激食 客的味蕾" },
                new WeChatTextImage { ImageUrl = IconUrl, Text = "此菜品迎合大众口味，老少皆宜，营养均衡" },
            ],
            TimeLimits =
            [
                new WeChatTimeLimit { Type = "MONDAY", BeginHour = 0, EndHour = 10, BeginMinute = 10, EndMinute = 59 },
                new WeChatTimeLimit { Type = "HOLIDAY" },
            ],
            BusinessServices = ["BIZ_SERVICE_FREE_WIFI", "BIZ_SERVICE_WITH_PET", "BIZ_SERVICE_FREE_PARK", "BIZ_SERVICE_DELIVER"],
        },
        SupplyBonus = true,
        SupplyBalance = false,
        Prerogative = "test_prerogative",
        AutoActivate = true,
        CustomField1 = new WeChatCustomField { NameType = WeChatFieldNameType.Level, Url = "http://www.qq.com" },
        ActivateUrl = "http://www.qq.com",
        CustomCell1 = new WeChatCustomCell { Name = "使用入口2", Tips = "激活后显示", Url = "http://www.xxx.com" },
        BonusRule = new WeChatBonusRule
        {
            CostMoneyUnit = 100,
            IncreaseBonus = 1,
            MaxIncreaseBonus = 200,
            InitIncreaseBonus = 10,
            CostBonusUnit = 5,
            ReduceMoney = 100,
            LeastMoneyToUseBonus = 1000,
            MaxReduceBonus = 50,
        },
        Discount = 10,
    };

    private static byte[] Serialize(WeChatMemberCard card)
        => JsonSerializer.SerializeToUtf8Bytes(
            new CardEnvelope { Card = new CardBody { CardType = "MEMBER_CARD", MemberCard = card } },
            WeChatJsonContext.Info<CardEnvelope>());

    [Fact]
    public void The_official_example_is_reproduced_field_by_field()
    {
        var expected = JsonNode.Parse(OfficialExample)!;
        var actual = JsonNode.Parse(Serialize(OfficialModel()))!;

        var differences = new List<string>();
        Compare("$", expected, actual, differences);

        Assert.Empty(differences);
    }

    [Fact]
    public void Required_false_is_kept_and_nulls_are_omitted()
    {
        var json = Encoding.UTF8.GetString(Serialize(SampleCardsWithoutOptional()));

        Assert.Contains("\"supply_balance\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"supply_bonus\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("advanced_info", json, StringComparison.Ordinal);
        Assert.DoesNotContain("service_phone", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_text_is_written_as_utf8_not_escaped()
    {
        var bytes = Serialize(OfficialModel());
        var json = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"brand_name\":\"海底捞\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_values_from_the_server_read_as_Unknown()
    {
        const string body = """
            {"errcode":0,"errmsg":"ok","card":{"card_type":"MEMBER_CARD","member_card":{"base_info":{"code_type":"CODE_TYPE_HOLOGRAM","status":"CARD_STATUS_FUTURE","date_info":{"type":"DATE_TYPE_PERMANENT"}},"custom_field1":{"name_type":"FIELD_NAME_TYPE_UNKNOW"},"custom_field2":{"name_type":"FIELD_NAME_TYPE_NEW_ONE"},"supply_bonus":true,"supply_balance":false}}}
            """;

        var card = MemberCards.Sdk.Serialization.MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes(body), WeChatJsonContext.Info<WeChatGetCardResponse>(), "WeChat");

        var member = card.Card!.MemberCard!;
        Assert.Equal(WeChatCodeType.Unknown, member.BaseInfo!.CodeType);
        Assert.Equal(WeChatCardStatus.Unknown, member.BaseInfo.Status);
        Assert.Equal(WeChatDateInfoType.Permanent, member.BaseInfo.DateInfo!.Type);
        Assert.Equal(WeChatFieldNameType.Unset, member.CustomField1!.NameType);
        Assert.Equal(WeChatFieldNameType.Unknown, member.CustomField2!.NameType);
    }

    [Fact]
    public void A_malformed_answer_is_a_format_exception_naming_the_model()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => MemberCards.Sdk.Serialization.MemberCardsJson.Deserialize(
            "{\"errcode\":\"zero\"}"u8, WeChatJsonContext.Info<WeChatCreateCardResponse>(), "WeChat"));

        Assert.Equal("WeChatCreateCardResponse", ex.Target);
    }

    private static WeChatMemberCard SampleCardsWithoutOptional() => new()
    {
        BaseInfo = new WeChatCardBaseInfo { Title = "会员卡", DateInfo = new WeChatDateInfo { Type = WeChatDateInfoType.Permanent } },
        SupplyBonus = false,
        SupplyBalance = false,
        Prerogative = "x",
    };

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key} missing");
                        continue;
                    }

                    Compare($"{path}.{key}", value, a[key], differences);
                }

                differences.AddRange(a.Where(p => !e.ContainsKey(p.Key)).Select(p => $"{path}.{p.Key} unexpected"));
                break;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    differences.Add($"{path} has {a.Count} items, expected {e.Count}");
                    break;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare($"{path}[{i}]", e[i], a[i], differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}");
                }

                break;
        }
    }
}
