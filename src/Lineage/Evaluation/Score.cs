namespace Lineage.Evaluation;

/// <summary>Counts of (citing document, cited resolution) pairs, and the precision and recall they give.</summary>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Pairs the markup gives (after defects are set aside).</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Pairs Lineage found (after defects are set aside).</summary>
    public int Found => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP); 1 when Lineage found nothing.</summary>
    public double Precision => Found == 0 ? 1 : (double)TruePositives / Found;

    /// <summary>TP / (TP + FN); 1 when the markup gives nothing.</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    public static Score operator +(Score left, Score right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    public static Score Add(Score left, Score right) => left + right;
}
