using Lineage.Cli;

return await LineageCli.RunAsync(args, new CliContext(Console.Out, Console.Error, Console.IsOutputRedirected) { OutputBytes = Console.OpenStandardOutput() });
