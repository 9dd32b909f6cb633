namespace SalesCognition.Retrieval.Tests;
