namespace Lineage.Model;

/// <summary>Roman numerals as the UN printed session numbers before 1976 (<c>XXII</c>).</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Text)[] s_table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        var builder = new System.Text.StringBuilder();
        foreach (var (v, text) in s_table)
        {
            while (value >= v)
            {
                builder.Append(text);
                value -= v;
            }
        }

        return builder.ToString();
    }

    /// <summary>Parses a canonical (or lenient, e.g. <c>IIII</c>) Roman numeral; false when any character is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        int previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            int digit = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                'M' => 1000,
                _ => 0,
            };
            if (digit == 0)
            {
                value = 0;
                return false;
            }

            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }

        return value > 0;
    }
}
