# case without colon
command = 'go'
match command:
    case 'go'
        pass
