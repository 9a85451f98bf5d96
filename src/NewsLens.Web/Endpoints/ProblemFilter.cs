using NewsLens.Pipeline;
using NewsLens.Web.Input;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// Turns the exceptions that mean "this input cannot be analysed" into problem details with their own status, so an
/// endpoint reads as a straight line.
/// </summary>
internal sealed class ProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (IntakeException ex)
        {
            return Results.Problem(title: ex.Title, detail: ex.Message, statusCode: ex.Status);
        }
        catch (FetchException ex)
        {
            return Results.Problem(title: ex.Title, detail: ex.Message, statusCode: ex.Status);
        }
        catch (InputRejectedException ex)
        {
            return Results.Problem(title: "article rejected", detail: ex.Problem, statusCode: 413);
        }
    }
}
