namespace MemberCards.Sdk.WeChat;

/// <summary>Points rules (<c>bonus_rule</c>); money in fen.</summary>
public sealed class WeChatBonusRule
{
    /// <summary>Spend per earning unit, fen (<c>cost_money_unit</c>).</summary>
    public int? CostMoneyUnit { get; set; }

    /// <summary>Points earned per unit (<c>increase_bonus</c>).</summary>
    public int? IncreaseBonus { get; set; }

    /// <summary>Cap of points per earning (<c>max_increase_bonus</c>).</summary>
    public int? MaxIncreaseBonus { get; set; }

    /// <summary>Points granted on activation (<c>init_increase_bonus</c>).</summary>
    public int? InitIncreaseBonus { get; set; }

    /// <summary>Points spent per unit (<c>cost_bonus_unit</c>).</summary>
    public int? CostBonusUnit { get; set; }

    /// <summary>Fen deducted per spent unit (<c>reduce_money</c>).</summary>
    public int? ReduceMoney { get; set; }

    /// <summary>Minimum order to use points, fen (<c>least_money_to_use_bonus</c>).</summary>
    public int? LeastMoneyToUseBonus { get; set; }

    /// <summary>Maximum points per order (<c>max_reduce_bonus</c>).</summary>
    public int? MaxReduceBonus { get; set; }
}
