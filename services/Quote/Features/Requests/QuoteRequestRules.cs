using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Features.Quotes;

namespace B2BPortal.Quote.Features.Requests;

/// <summary>The checks a request's fields pass, and how they are written onto the quote: shared by a new request and a draft's edit.</summary>
internal static class QuoteRequestRules
{
    public static Dictionary<string, string[]> Problems(
        IReadOnlyList<QuoteRequestLineRequest?>? lines, string? comment, DateOnly? requestedDeliveryDate, IReadOnlyList<QuoteAttachmentRequest?>? attachments,
        TimeProvider clock)
    {
        var errors = lines is { Count: 0 } ? [] : QuoteFieldRules.LineProblems(lines);
        if (QuoteFieldRules.CommentProblem(comment) is { } commentProblem)
        {
            errors["comment"] = [commentProblem];
        }

        if (requestedDeliveryDate is { } date && date < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            errors["requestedDeliveryDate"] = ["The requested delivery date has passed: give a date from today on, or none."];
        }

        if (attachments?.Count > QuoteFieldRules.MaxAttachments)
        {
            errors["attachments"] = [$"Link at most {QuoteFieldRules.MaxAttachments} documents."];
            return errors;
        }

        for (var index = 0; index < (attachments?.Count ?? 0); index++)
        {
            var attachment = attachments![index];
            if (QuoteFieldRules.UrlProblem(attachment?.Url) is { } url)
            {
                errors[$"attachments[{index}].url"] = [url];
            }
            else if (attachment!.Label?.Length > QuoteFieldRules.MaxLabelLength)
            {
                errors[$"attachments[{index}].label"] = [$"A label has at most {QuoteFieldRules.MaxLabelLength} characters."];
            }
        }

        return errors;
    }

    public static void Apply(
        Quotes.Quote quote, IReadOnlyList<QuoteRequestLineRequest> lines, IReadOnlyList<PreviewLineDto> products, string? comment, DateOnly? requestedDeliveryDate,
        Guid? shipToAddressId, IReadOnlyList<QuoteAttachmentRequest?>? attachments)
    {
        quote.Lines = [.. lines.Select((line, i) => new QuoteRequestLine
        {
            LineNumber = i + 1, Sku = line.Sku, Name = products.ElementAtOrDefault(i)?.Product?.Name, Quantity = line.Quantity,
            TargetUnitPrice = line.TargetUnitPrice, Comment = string.IsNullOrWhiteSpace(line.Comment) ? null : line.Comment.Trim(),
        })];
        quote.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        quote.RequestedDeliveryDate = requestedDeliveryDate;
        quote.ShipToAddressId = shipToAddressId;
        quote.Attachments = [.. (attachments ?? []).Select(a => new QuoteAttachment { Url = a!.Url, Label = string.IsNullOrWhiteSpace(a.Label) ? a.Url : a.Label.Trim() })];
    }
}
