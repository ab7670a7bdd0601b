using B2BPortal.ServiceDefaults;
using B2BPortal.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWebhooksService();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapWebhooksEndpoints();
app.Run();
