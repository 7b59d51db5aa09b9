namespace Lineage.Model;

/// <summary>The kind of session a General Assembly (or Human Rights Council) document comes from.</summary>
public enum SessionType
{
    Regular = 0,
    /// <summary>Special session: <c>S-10/2</c>.</summary>
    Special,
    /// <summary>Emergency special session: <c>ES-10/19</c>.</summary>
    EmergencySpecial,
}
