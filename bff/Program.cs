using B2BPortal.Bff;
using B2BPortal.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBff();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapBff();
app.Run();
