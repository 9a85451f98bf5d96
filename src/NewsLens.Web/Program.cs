using NewsLens.Web;

NewsLensWeb.Build(args).Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;
