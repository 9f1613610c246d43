# -*- coding: cp1252 -*-
GREETING = "“quoted” — dash … ellipsis"
