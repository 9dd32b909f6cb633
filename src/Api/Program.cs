// Copyright (c) SalesCognition. All rights reserved.

return 0;
