using B2BPortal.ServiceDefaults;
using B2BPortal.WebhookReceiver;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWebhookReceiver();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapWebhookReceiverEndpoints();
app.Run();
