// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Api.Cli;

return await new CliApp(Console.Out, Console.Error).RunAsync(args);
