namespace SalesCognition.Graph.Tests;
