package actors

// commonGivenNames are frequent first names in international news, so that
// "Helena Marsh said" or "Greg Joswiak, ..." is read as a person even when
// no title or speech verb introduces the name. Registry persons add theirs.
var commonGivenNames = []string{
	"Aaron", "Adam", "Ahmad", "Ahmed", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Alexei", "Ali", "Alice",
	"Amanda", "Amir", "Amy", "Ana", "Andrea", "Andrei", "Andrew", "Andrey", "Andriy", "Angela", "Ann", "Anna", "Anne",
	"Anthony", "Antonio", "Arthur", "Ben", "Benjamin", "Bernard", "Bill", "Bob", "Brian", "Carl", "Carlos", "Caroline",
	"Catherine", "Charles", "Charlotte", "Chris", "Christian", "Christina", "Christine", "Christopher", "Claire",
	"Daniel", "Daria", "David", "Dmitri", "Dmitry", "Dmytro", "Edward", "Elena", "Elizabeth", "Emily", "Emma", "Eric",
	"Fatima", "Francesco", "Frank", "Fred", "Gary", "George", "Gregory", "Greg", "Hannah", "Hassan", "Helen", "Helena",
	"Henry", "Hussein", "Ibrahim", "Igor", "Irina", "Isabel", "Ivan", "Jack", "Jacob", "James", "Jan", "Jane", "Jason",
	"Jean", "Jennifer", "Jessica", "Jim", "Joanna", "Joe", "Johannes", "John", "Jonathan", "Jorge", "Jose", "José",
	"Joseph", "Juan", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kevin", "Khalid", "Laura", "Lars", "Leon", "Linda",
	"Lisa", "Louis", "Luis", "Marco", "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matthew", "Michael",
	"Michel", "Mikhail", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Nadia", "Natalia", "Nicholas", "Nick",
	"Nikolai", "Oleg", "Oleksandr", "Olga", "Omar", "Pablo", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Pierre",
	"Rachel", "Richard", "Robert", "Roman", "Ruslan", "Ryan", "Sam", "Samuel", "Sara", "Sarah", "Sergei", "Sergey",
	"Serhiy", "Simon", "Sophie", "Stefan", "Stephen", "Steven", "Susan", "Tatiana", "Thomas", "Tim", "Timothy", "Tom",
	"Tomas", "Victor", "Viktor", "Vladimir", "Walter", "William", "Yuri", "Yusuf", "Zhang",
}
