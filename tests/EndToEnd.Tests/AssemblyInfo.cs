namespace SalesCognition.EndToEnd.Tests;
