using System.Collections;

namespace MemberCards.Sdk.Iot.Tests.Support;

/// <summary>Compares every public property of two objects (lists item by item).</summary>
internal static class PropertyAssert
{
    internal static void AllSet(object value)
    {
        foreach (var property in value.GetType().GetProperties())
        {
            var v = property.GetValue(value);
            Assert.True(v is not null && (v is not ICollection c || c.Count > 0), $"{property.Name} is not set in the sample");
        }
    }

    internal static void Equal(object expected, object actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (var property in expected.GetType().GetProperties())
        {
            var e = property.GetValue(expected);
            var a = property.GetValue(actual);
            if (e is IEnumerable el && e is not string)
            {
                var left = el.Cast<object>().ToList();
                var right = ((IEnumerable)a!).Cast<object>().ToList();
                Assert.Equal(left.Count, right.Count);
                for (var i = 0; i < left.Count; i++)
                {
                    if (left[i].GetType().IsPrimitive || left[i] is string)
                    {
                        Assert.Equal(left[i], right[i]);
                    }
                    else
                    {
                        Equal(left[i], right[i]);
                    }
                }
            }
            else
            {
                Assert.True(Equals(e, a), $"{property.Name}: expected {e}, got {a}");
            }
        }
    }
}
