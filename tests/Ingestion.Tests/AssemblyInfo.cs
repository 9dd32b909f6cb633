namespace SalesCognition.Ingestion.Tests;
