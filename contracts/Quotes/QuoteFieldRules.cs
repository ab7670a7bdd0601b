using System.Globalization;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Text;

namespace B2BPortal.Contracts.Quotes;

/// <summary>The shape of a quote's fields, shared by the checks and the columns that store them.</summary>
public static class QuoteFieldRules
{
    public const int MaxNumberLength = 20;
    public const int MaxCommentLength = 2000;
    public const int MaxLines = 500;
    public const int MaxAttachments = 20;
    public const int MaxUrlLength = 2000;
    public const int MaxLabelLength = 200;

    public static string? CommentProblem(string? comment) =>
        comment is null ? null
        : comment.Length > MaxCommentLength ? $"A comment has at most {MaxCommentLength.ToString("#,0", CultureInfo.InvariantCulture)} characters."
        : TextRules.Problem(comment);

    /// <summary>A link to a document: absolute https (http only to this machine, for the demo), no credentials in it.</summary>
    public static string? UrlProblem(string? url) =>
        url is null || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"Give the attachment as a full link of at most {MaxUrlLength} characters, like https://files.example.com/drawing.pdf."
            : uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
                ? "Attachments are links over https."
                : uri.UserInfo.Length > 0 ? "Leave user names and passwords out of the link." : null;

    public static string? PercentProblem(decimal? percent) =>
        percent is { } value && (value < 0 || value >= 100 || decimal.Round(value, 2) != value)
            ? "A discount is a percentage from 0 to below 100, with at most 2 decimals."
            : null;

    public static string? UnitPriceProblem(decimal? price) =>
        price is { } value && (value < 0 || value > 1_000_000_000m || decimal.Round(value, 4) != value)
            ? "A unit price is from 0 to 1,000,000,000 with at most 4 decimals."
            : null;

    /// <summary>Every problem of a request's lines, keyed like validation problems (<c>lines[2].targetUnitPrice</c>).</summary>
    public static Dictionary<string, string[]> LineProblems(IReadOnlyList<QuoteRequestLineRequest?>? lines)
    {
        if ((lines?.Count ?? 0) > MaxLines)
        {
            return new Dictionary<string, string[]> { ["lines"] = [$"A request for quotation has at most {MaxLines} lines."] };
        }

        var errors = LineRules.Problems(lines, l => l.Sku, l => l.Quantity);
        for (var index = 0; index < (lines?.Count ?? 0); index++)
        {
            if (lines![index] is not { } line)
            {
                continue;
            }

            if (UnitPriceProblem(line.TargetUnitPrice) is { } price)
            {
                errors[$"lines[{index}].targetUnitPrice"] = [price];
            }

            if (CommentProblem(line.Comment) is { } comment)
            {
                errors[$"lines[{index}].comment"] = [comment];
            }
        }

        return errors;
    }
}
