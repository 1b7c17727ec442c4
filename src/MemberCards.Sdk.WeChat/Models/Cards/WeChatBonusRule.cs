namespace MemberCards.Sdk.WeChat;

/// <summary>Points rules (<c>bonus_rule</c>); money in fen.</summary>
public sealed class WeChatBonusRule
{
    /// <summary>Spend per earning unit, fen (<c>cost_money_unit</c>).</summary>
    public int? CostMoneyUnit { get; init; }

    /// <summary>Points earned per unit (<c>increase_bonus</c>).</summary>
    public int? IncreaseBonus { get; init; }

    /// <summary>Cap of points per earning (<c>max_increase_bonus</c>).</summary>
    public int? MaxIncreaseBonus { get; init; }

    /// <summary>Points granted on activation (<c>init_increase_bonus</c>).</summary>
    public int? InitIncreaseBonus { get; init; }

    /// <summary>Points spent per unit (<c>cost_bonus_unit</c>).</summary>
    public int? CostBonusUnit { get; init; }

    /// <summary>Fen deducted per spent unit (<c>reduce_money</c>).</summary>
    public int? ReduceMoney { get; init; }

    /// <summary>Minimum order to use points, fen (<c>least_money_to_use_bonus</c>).</summary>
    public int? LeastMoneyToUseBonus { get; init; }

    /// <summary>Maximum points per order (<c>max_reduce_bonus</c>).</summary>
    public int? MaxReduceBonus { get; init; }
}
