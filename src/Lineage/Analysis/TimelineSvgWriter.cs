using System.Globalization;
using System.Text;
using System.Xml;

namespace Lineage.Analysis;

/// <summary>
/// Writes a <see cref="Timeline"/> as a standalone SVG 1.1 picture with <see cref="XmlWriter"/>: a year axis along the
/// bottom, one labelled mark per document (filled when read from the corpus, hollow when only cited), curved arrows
/// from each cited document to the one citing it (dashed when inferred from a list's order), a hover title with
/// the full symbol, date and title. Deterministic bytes: UTF-8 without BOM, <c>\n</c>, invariant numbers.
/// </summary>
public static class TimelineSvgWriter
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const double YearWidth = 56;
    private const double Left = 40;
    private const double Right = 150;
    private const double Top = 56;
    private const double LabelRoom = 96;
    private const double LaneHeight = 150;
    private const double AxisRoom = 48;

    public static void Write(Timeline timeline, Stream output)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var xml = XmlWriter.Create(output, settings);
        Write(timeline, xml);
    }

    /// <summary>The SVG as a string (for tests and small pictures).</summary>
    public static string ToSvg(Timeline timeline)
    {
        using var stream = new MemoryStream();
        Write(timeline, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Timeline timeline, XmlWriter xml)
    {
        int first = timeline.FirstYear;
        int last = Math.Max(timeline.LastYear, first) + 1;
        int lanes = Math.Max(1, timeline.Lanes);
        double width = Left + ((last - first) * YearWidth) + Right;
        double axisY = Top + LabelRoom + (lanes * LaneHeight) - (LaneHeight / 2);
        double height = axisY + AxisRoom;
        double X(double position) => Left + ((position - first) * YearWidth);
        double Y(int lane) => Top + LabelRoom + (lane * LaneHeight);

        xml.WriteStartDocument();
        xml.WriteStartElement("svg", Svg);
        xml.WriteAttributeString("version", "1.1");
        xml.WriteAttributeString("width", N(width));
        xml.WriteAttributeString("height", N(height));
        xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        xml.WriteAttributeString("font-family", "sans-serif");
        xml.WriteAttributeString("font-size", "12");

        xml.WriteStartElement("title", Svg);
        xml.WriteString(timeline.Title);
        xml.WriteEndElement();
        WriteDefinitions(xml);

        xml.WriteStartElement("text", Svg);
        xml.WriteAttributeString("x", N(Left));
        xml.WriteAttributeString("y", "24");
        xml.WriteAttributeString("font-size", "16");
        xml.WriteAttributeString("font-weight", "bold");
        xml.WriteString(timeline.Title);
        xml.WriteEndElement();
        WriteLegend(xml, Left, 42);

        // Axis: a line, a tick per year, a label every 1, 5 or 10 years.
        int step = last - first <= 25 ? 1 : last - first <= 100 ? 5 : 10;
        Group(xml, "axis", "#444");
        Line(xml, X(first), axisY, X(last), axisY, "#444", null);
        for (int year = first; year <= last; year++)
        {
            bool labelled = year % step == 0 || step == 1;
            Line(xml, X(year), axisY, X(year), axisY + (labelled ? 8 : 4), "#444", null);
            if (labelled)
            {
                Text(xml, X(year), axisY + 22, year.ToString(CultureInfo.InvariantCulture), "middle", "#444");
            }
        }

        xml.WriteEndElement();

        Group(xml, "links", null);
        foreach (var link in timeline.Links)
        {
            var from = timeline.Marks[link.Cited];
            var to = timeline.Marks[link.Citing];
            double x1 = X(from.Position);
            double y1 = Y(from.Lane);
            double x2 = X(to.Position);
            double y2 = Y(to.Lane);
            double bend = Math.Min(60, 10 + (Math.Abs(x2 - x1) / 6));
            xml.WriteStartElement("path", Svg);
            xml.WriteAttributeString("d", $"M {N(x1)} {N(y1)} Q {N((x1 + x2) / 2)} {N(Math.Max(y1, y2) + bend)} {N(x2 - 7)} {N(y2 + 2)}");
            xml.WriteAttributeString("fill", "none");
            xml.WriteAttributeString("stroke", link.Inferred ? "#999" : "#1f4e79");
            xml.WriteAttributeString("stroke-width", "1.5");
            if (link.Inferred)
            {
                xml.WriteAttributeString("stroke-dasharray", "5 4");
            }

            xml.WriteAttributeString("marker-end", link.Inferred ? "url(#arrow-inferred)" : "url(#arrow)");
            xml.WriteStartElement("title", Svg);
            xml.WriteString($"{to.Node.Symbol.ShortForm} {(link.Inferred ? "follows (inferred from a list's order)" : "cites")} {from.Node.Symbol.ShortForm}");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        Group(xml, "marks", null);
        foreach (var mark in timeline.Marks)
        {
            double x = X(mark.Position);
            double y = Y(mark.Lane);
            xml.WriteStartElement("g", Svg);
            xml.WriteStartElement("title", Svg);
            var node = mark.Node;
            xml.WriteString(string.Join(" — ", new[] { node.Symbol.ToString(), node.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), node.Title }.Where(s => !string.IsNullOrEmpty(s))));
            xml.WriteEndElement();
            xml.WriteStartElement("circle", Svg);
            xml.WriteAttributeString("cx", N(x));
            xml.WriteAttributeString("cy", N(y));
            xml.WriteAttributeString("r", "6");
            xml.WriteAttributeString("fill", node.InCorpus ? "#1f4e79" : "#fff");
            xml.WriteAttributeString("stroke", "#1f4e79");
            xml.WriteAttributeString("stroke-width", "2");
            xml.WriteEndElement();
            xml.WriteStartElement("text", Svg);
            xml.WriteAttributeString("x", N(x + 4));
            xml.WriteAttributeString("y", N(y - 12));
            xml.WriteAttributeString("transform", $"rotate(-40 {N(x + 4)} {N(y - 12)})");
            xml.WriteAttributeString("font-weight", node.InCorpus ? "bold" : "normal");
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(mark.Label);
            if (node.Date is { } date)
            {
                xml.WriteStartElement("tspan", Svg);
                xml.WriteAttributeString("fill", "#666");
                xml.WriteAttributeString("font-size", "10");
                xml.WriteString(" " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        if (!timeline.Undated.IsEmpty)
        {
            Text(xml, Left, height - 8, "Not placed (no date or year known): " + string.Join(", ", timeline.Undated.Select(n => n.Symbol.ShortForm)), "start", "#a00");
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteDefinitions(XmlWriter xml)
    {
        xml.WriteStartElement("defs", Svg);
        foreach (var (id, color) in new[] { ("arrow", "#1f4e79"), ("arrow-inferred", "#999") })
        {
            xml.WriteStartElement("marker", Svg);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("viewBox", "0 0 10 10");
            xml.WriteAttributeString("refX", "9");
            xml.WriteAttributeString("refY", "5");
            xml.WriteAttributeString("markerWidth", "7");
            xml.WriteAttributeString("markerHeight", "7");
            xml.WriteAttributeString("orient", "auto");
            xml.WriteStartElement("path", Svg);
            xml.WriteAttributeString("d", "M 0 0 L 10 5 L 0 10 z");
            xml.WriteAttributeString("fill", color);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter xml, double x, double y)
    {
        Group(xml, "legend", null);
        Line(xml, x, y - 4, x + 28, y - 4, "#1f4e79", null);
        Text(xml, x + 34, y, "cites", "start", "#444");
        Line(xml, x + 80, y - 4, x + 108, y - 4, "#999", "5 4");
        Text(xml, x + 114, y, "inferred from the order of a list", "start", "#444");
        Text(xml, x + 330, y, "● read from the corpus   ○ only cited", "start", "#444");
        xml.WriteEndElement();
    }

    private static void Group(XmlWriter xml, string id, string? stroke)
    {
        xml.WriteStartElement("g", Svg);
        xml.WriteAttributeString("id", id);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
        }
    }

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, string stroke, string? dash)
    {
        xml.WriteStartElement("line", Svg);
        xml.WriteAttributeString("x1", N(x1));
        xml.WriteAttributeString("y1", N(y1));
        xml.WriteAttributeString("x2", N(x2));
        xml.WriteAttributeString("y2", N(y2));
        xml.WriteAttributeString("stroke", stroke);
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string text, string anchor, string? fill)
    {
        xml.WriteStartElement("text", Svg);
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("text-anchor", anchor);
        if (fill is not null)
        {
            xml.WriteAttributeString("fill", fill);
            xml.WriteAttributeString("stroke", "none");
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
