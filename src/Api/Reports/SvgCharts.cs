using System.Net;

namespace Milestone.Api.Reports;

/// <summary>
/// Bar charts as inline SVG, so a review is one self-contained file that prints as it shows. A chart takes the page's
/// whole width (its drawing scales with it); a value that is missing is written "no data" rather than drawn as zero.
/// </summary>
public static class SvgCharts
{
    private const int Width = 960;
    private const int Height = 220;
    private const int Baseline = 190;
    private const int Top = 20;

    public sealed record Series(string Name, string Colour, IReadOnlyList<double?> Values);

    public static string Bars(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series, double? max = null)
    {
        var highest = max ?? Math.Max(1, series.SelectMany(line => line.Values).Select(value => value ?? 0).DefaultIfEmpty(0).Max());
        var slot = (double)Width / Math.Max(1, labels.Count);
        var bar = slot * 0.8 / series.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg id="{id}" class="chart" role="img" aria-label="{Escape(title)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height + 20}" width="100%" preserveAspectRatio="xMidYMid meet">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title>{Escape(title)}</title><line x1="0" y1="{Baseline}" x2="{Width}" y2="{Baseline}" stroke="#999"/>""");
        for (var slotIndex = 0; slotIndex < labels.Count; slotIndex++)
        {
            for (var seriesIndex = 0; seriesIndex < series.Count; seriesIndex++)
            {
                var x = (slotIndex * slot) + (slot * 0.1) + (seriesIndex * bar);
                if (series[seriesIndex].Values[slotIndex] is not { } value)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"""<text class="no-data" x="{x + (bar / 2):0.#}" y="{Baseline - 6}" font-size="12" fill="#777" text-anchor="middle">no data</text>""");
                    continue;
                }

                var height = (Baseline - Top) * value / highest;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{x:0.#}" y="{Baseline - height:0.#}" width="{bar:0.#}" height="{height:0.#}" fill="{series[seriesIndex].Colour}"><title>{Escape(series[seriesIndex].Name)}: {value:0.#}</title></rect>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + (bar / 2):0.#}" y="{Baseline - height - 4:0.#}" font-size="12" text-anchor="middle">{value:0.#}</text>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{(slotIndex * slot) + (slot / 2):0.#}" y="{Baseline + 16}" font-size="13" text-anchor="middle">{Escape(labels[slotIndex])}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<g font-size="12">""");
        for (var seriesIndex = 0; seriesIndex < series.Count; seriesIndex++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{seriesIndex * 140}" y="{Height + 6}" width="10" height="10" fill="{series[seriesIndex].Colour}"/><text x="{(seriesIndex * 140) + 14}" y="{Height + 15}">{Escape(series[seriesIndex].Name)}</text>""");
        }

        return svg.Append("</g></svg>").ToString();
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
