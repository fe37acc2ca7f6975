help init
