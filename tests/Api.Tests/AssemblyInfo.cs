namespace SalesCognition.Api.Tests;
