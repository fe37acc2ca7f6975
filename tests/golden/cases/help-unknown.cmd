help shw
