def main():
    print("factcheck")
