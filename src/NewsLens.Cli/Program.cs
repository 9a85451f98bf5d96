using NewsLens.Cli;

return await NewsLensCli.RunAsync(args);
